import Foundation

/// The scoring models of every assessment year this build knows.
public struct ITAYearCatalog: Sendable {
    public let models: [Int: ScoringModel]

    public init(models: [ScoringModel]) {
        self.models = Dictionary(models.map { ($0.assessmentYear, $0) }, uniquingKeysWith: { _, last in last })
    }

    public func model(for year: Int) -> ScoringModel? {
        models[year]
    }

    public var years: [Int] { models.keys.sorted() }

    /// Reads every `<year>.json` in a directory.
    public init(directory: URL) throws {
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
        let decoder = JSONDecoder()
        self.init(models: try files.map { file in
            do {
                return try decoder.decode(ScoringModel.self, from: Data(contentsOf: file))
            } catch {
                throw ITAPlanError.badScoringModel(path: file.path, reason: String(describing: error))
            }
        })
    }

    /// The models compiled into itaplan (Sources/ITAPlanCore/Resources/ita-years).
    public static func bundled() throws -> ITAYearCatalog {
        let resources = EmbeddedResources.core
        let decoder = JSONDecoder()
        return ITAYearCatalog(models: try resources.names(under: "ita-years").filter { $0.hasSuffix(".json") }
            .map { name in
                do {
                    return try decoder.decode(ScoringModel.self, from: resources.data(name) ?? Data())
                } catch {
                    throw ITAPlanError.badScoringModel(path: name + " (built into itaplan)",
                                                       reason: String(describing: error))
                }
            })
    }
}
