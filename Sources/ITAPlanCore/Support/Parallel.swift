import Dispatch
import Foundation

/// Runs `body` for 0..<count on every core and returns the results in order.
/// Each index writes only its own slot, so the slots need no lock.
public func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    let slots = Slots<T>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        slots.buffer[index] = body(index)
    }
    return slots.buffer.map { $0! }
}

/// Like `parallelMap`, on `workers` threads that each say who they are, for
/// work that needs a resource per thread (a libgit2 handle, say). Each
/// worker takes the next index as it finishes one. The first error in index
/// order is rethrown.
public func parallelMap<T: Sendable>(_ count: Int, workers: Int,
                                     _ body: @Sendable (_ worker: Int, _ index: Int) throws -> T) throws -> [T] {
    let slots = Slots<Result<T, Error>>(count: count)
    let next = NextIndex()
    DispatchQueue.concurrentPerform(iterations: max(1, min(workers, count))) { worker in
        while let index = next.take(below: count) {
            slots.buffer[index] = Result { try body(worker, index) }
        }
    }
    return try slots.buffer.map { try $0!.get() }
}

private final class Slots<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }
}

/// Hands out indexes one at a time to whichever thread asks.
private final class NextIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard value < limit else { return nil }
            defer { value += 1 }
            return value
        }
    }
}
