import Foundation
import ITAPlanCore

/// Paths into the repository and the shared checker the tests use.
public enum Fixtures {
    /// The repository root, found from this file's location.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let directory = root.appendingPathComponent("Tests/Fixtures")
    public static let plans = root.appendingPathComponent("plans")
    public static let seedPlan = plans.appendingPathComponent("pho-hak-2564.yaml")
    public static let seedText = root.deletingLastPathComponent()
        .appendingPathComponent("shared/seed/pho-hak-ita-measures-2564.txt")

    public static func url(_ relative: String) -> URL {
        directory.appendingPathComponent(relative)
    }

    /// Every file in a fixture folder, sorted by name.
    public static func files(in folder: String, withExtension ext: String = "yaml") -> [URL] {
        let folderURL = url(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folderURL.path)) ?? []
        return names.filter { $0.hasSuffix("." + ext) }.sorted().map { folderURL.appendingPathComponent($0) }
    }

    public static let catalog: ITAYearCatalog = {
        do {
            return try ITAYearCatalog.bundled()
        } catch {
            fatalError("bundled ITA year data is missing: \(error)")
        }
    }()

    /// The day tests pretend to run on: the seed plan's mid-year as-of date.
    public static let today = CivilDate(year: 2021, month: 3, day: 31)!

    public static let checker = PlanChecker(catalog: catalog, today: today)

    /// Checks YAML text as if it were a file at `path`.
    public static func check(_ yaml: String, path: String = "plan.yaml") -> CheckedPlan {
        checker.check(PlanSource(path: path, contents: yaml))
    }

    /// Checks raw bytes as if they were a file at `path`.
    public static func check(bytes: [UInt8], path: String = "plan.yaml") -> CheckedPlan {
        checker.check(PlanSource(path: path, text: .init(bytes: bytes)))
    }

    /// Reads and checks a file on disk.
    public static func check(file: URL, displayPath: String? = nil) throws -> CheckedPlan {
        let source = try FileReading.read(path: file.path, displayPath: displayPath ?? file.lastPathComponent,
                                          maxBytes: checker.limits.maxBytes)
        return checker.check(source)
    }

    public static func text(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    /// A new empty folder under the system's temporary directory.
    public static func temporaryDirectory(_ name: String = "itaplan-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(name)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension Fixtures {
    /// The seed plan with only the first `months` of step 4.3's monthly
    /// records (October 2563 onwards), for chains that record them one by one.
    public static func seedPlan(keepingMonthsOf43 months: Int) throws -> String {
        var text = try String(contentsOf: seedPlan, encoding: .utf8)
        for period in ["2563-10", "2563-11", "2563-12", "2564-01"].dropFirst(months) {
            let pattern = "          - period: \(period)\n            done: [^\n]*\n"
                + "            evidence: [^\n]*complaints/stats-\(period)\n            by: [^\n]*\n"
            guard let range = text.range(of: pattern, options: .regularExpression) else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "no record of 4.3 for \(period)"])
            }
            text.removeSubrange(range)
        }
        return text
    }
}
