import Foundation
import ITAPlanCore
import Testing

@Suite("Parallel maps")
struct ParallelTests {
    private struct Failure: Error, Equatable {
        let index: Int
    }

    @Test("results come back in index order, each made by one of the given workers")
    func orderAndWorkers() throws {
        let results = try parallelMap(1_000, workers: 3) { worker, index in (worker, index * index) }
        #expect(results.map(\.1) == (0..<1_000).map { $0 * $0 })
        #expect(results.allSatisfy { (0..<3).contains($0.0) })
        #expect(try parallelMap(0, workers: 4) { _, index in index }.isEmpty)
    }

    @Test("the first error in index order is rethrown, whichever worker met it first")
    func firstError() {
        #expect(throws: Failure(index: 10)) {
            _ = try parallelMap(200, workers: 4) { _, index -> Int in
                if index % 10 == 0, index > 0 { throw Failure(index: index) }
                return index
            }
        }
    }
}
