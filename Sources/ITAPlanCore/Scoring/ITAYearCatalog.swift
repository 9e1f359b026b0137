import Foundation
import ITAPlanYAML

/// The year models a run uses: the ones shipped with itaplan, overridden
/// or added to by a plan repository's `ita-years/` (or a snapshot's).
public struct ITAYearCatalog: Sendable {
    /// Where a model came from.
    public enum Origin: Sendable, Hashable {
        case bundled
        /// A file of the plan repository, by its path as shown to the user.
        case repository(path: String)
        /// A file stored in a snapshot, by its path in the snapshot's tree.
        case snapshot(path: String)
    }

    public struct Entry: Sendable {
        public let model: ScoringModel
        public let origin: Origin
        /// The file's bytes as supplied, for snapshots to store; nil for a
        /// bundled model, which is stored as `YearModelWriter` writes it.
        public let bytes: [UInt8]?

        public init(model: ScoringModel, origin: Origin, bytes: [UInt8]? = nil) {
            self.model = model
            self.origin = origin
            self.bytes = bytes
        }

        /// What a snapshot stores as `ita-years/<year>.yaml`.
        public var fileBytes: [UInt8] {
            bytes ?? Array(YearModelWriter.yaml(model).utf8)
        }
    }

    public let entries: [Int: Entry]
    public let models: [Int: ScoringModel]
    /// Each model's indicator names as the indicator-name rule compares
    /// them, made here once rather than for every plan checked.
    private let indicatorNames: [Int: IndicatorNames]

    public init(entries: [Entry]) {
        let byYear = Dictionary(entries.map { ($0.model.assessmentYear, $0) }, uniquingKeysWith: { _, last in last })
        self.entries = byYear
        self.models = byYear.mapValues(\.model)
        self.indicatorNames = models.mapValues(IndicatorNames.init)
    }

    public init(models: [ScoringModel]) {
        self.init(entries: models.map { Entry(model: $0, origin: .bundled) })
    }

    public func model(for year: Int) -> ScoringModel? {
        models[year]
    }

    /// The names of `model(for: year)`'s indicators, made when the catalog was.
    func indicatorNames(for year: Int) -> IndicatorNames? {
        indicatorNames[year]
    }

    public func origin(for year: Int) -> Origin? {
        entries[year]?.origin
    }

    public var years: [Int] { models.keys.sorted() }

    /// This catalog with `files`' models added or put in place of its own;
    /// files with errors change nothing (their findings say why).
    public func overriding(with files: [CheckedYearModel], origin: (String) -> Origin) -> ITAYearCatalog {
        var all = entries
        for file in files {
            guard let model = file.model else { continue }
            all[model.assessmentYear] = Entry(model: model, origin: origin(file.source.path), bytes: file.source.text.bytes)
        }
        return ITAYearCatalog(entries: Array(all.values))
    }

    /// The models compiled into itaplan (Sources/ITAPlanCore/Resources/ita-years),
    /// read with the same checks as a repository's. The one entry point to
    /// bundled models.
    public static func bundled() throws -> ITAYearCatalog {
        let resources = EmbeddedResources.core
        return try bundled(files: resources.names(under: "ita-years").filter { $0.hasSuffix(".json") }.map { name in
            (name, Array(resources.data(name) ?? Data()))
        })
    }

    /// Bundled models from their files' bytes: each must read without a
    /// finding, or itaplan's own data is broken.
    public static func bundled(files: [(path: String, bytes: [UInt8])]) throws -> ITAYearCatalog {
        ITAYearCatalog(entries: try files.map { file in
            let checked = YearModelFile.check(PlanSource(path: file.path, text: SourceText(bytes: file.bytes)))
            guard let model = checked.model, checked.findings.isEmpty else {
                let reason = checked.findings.first.map { "\($0.location): \($0.message.text(in: .english))" } ?? "unreadable"
                throw ITAPlanError.badScoringModel(path: file.path + " (built into itaplan)", reason: reason)
            }
            return Entry(model: model, origin: .bundled)
        })
    }
}
