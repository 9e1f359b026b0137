import Foundation
import ITAPlanCore

extension ManyPlanDashboard {
    /// What writing the dashboard of many plan files found besides the page.
    public struct StreamResult: Sendable {
        public var broken: [CheckedPlan] = []
        public var ioErrors: [ITAPlanError] = []
        public var shown = 0
    }

    /// The dashboard of `files`, checked and rendered on every core a batch
    /// at a time, as `StatusStream` does. Sections wait in a file in
    /// `scratch` until the overview, which needs every plan, has been
    /// written ahead of them; `page` is opened (`open`) only when at least
    /// one plan is shown, so a run with nothing to show leaves no file.
    public func stream(checker: PlanChecker, files: [String], roots: [String?], calculator: StatusCalculator,
                       asOf: CivilDate, scratch: URL, open page: () throws -> StreamingOutput) throws -> StreamResult {
        let assembler = Assembler(self)
        let sectionsURL = scratch.appendingPathComponent("itaplan-sections-\(UUID().uuidString)")
        let sections = try StreamingOutput(path: sectionsURL.path)
        defer {
            sections.discard()
            try? FileManager.default.removeItem(at: sectionsURL)
        }
        var result = StreamResult()
        try checker.check(paths: files, roots: roots, transform: { checked in
            PlanOutcome(checked, calculator: calculator) { render($0) }
        }) { batch in
            for outcome in batch {
                switch outcome {
                case .shown(let rendered):
                    try sections.write(assembler.add(rendered.summary, section: rendered.section))
                    result.shown += 1
                case .broken(let checked): result.broken.append(checked)
                case .unreadable(let error): result.ioErrors.append(error)
                }
            }
        }
        try sections.finish()
        guard result.shown > 0 else { return result }
        let frame = try assembler.frame(asOf: asOf)
        let output = try page()
        do {
            try output.write(frame.head)
            let reader = try FileHandle(forReadingFrom: sectionsURL)
            defer { try? reader.close() }
            while let chunk = try reader.read(upToCount: 1 << 20), !chunk.isEmpty {
                try output.write(chunk)
            }
            try output.write(frame.tail)
            try output.finish()
        } catch {
            output.discard()
            throw error
        }
        return result
    }
}
