import ITAPlanCore
import ITAPlanGit

/// The year models a snapshot was computed with, stored in its tree as
/// `ita-years/<year>.yaml` (a repository's own file keeps its bytes and
/// name), so that `audit verify` recomputes with them: correcting a model
/// later does not make old snapshots fail.
enum SnapshotYearModels {
    static let directory = YearModelFile.directory

    /// The models of a commit's `ita-years/` over `catalog`: what a snapshot
    /// of that commit is computed with.
    static func catalog(_ catalog: ITAYearCatalog, committedAt commit: ObjectID,
                        in repository: GitRepository) throws -> ITAYearCatalog {
        try RepositoryYearModels.catalog(catalog, tree: try repository.commit(commit).tree, in: repository) {
            .repository(path: $0)
        }
    }

    /// Every model `catalog` holds, as the file a snapshot stores.
    static func files(_ catalog: ITAYearCatalog) -> [(name: String, bytes: [UInt8])] {
        catalog.years.compactMap { catalog.entries[$0] }.map { entry in
            let name: String
            switch entry.origin {
            case .repository(let path), .snapshot(let path):
                name = String(path.split(separator: "/").last ?? "\(entry.model.assessmentYear).yaml")
            case .bundled:
                name = "\(entry.model.assessmentYear).yaml"
            }
            return (name, entry.fileBytes)
        }
    }

    /// The tree of every model `catalog` holds.
    static func writeTree(_ catalog: ITAYearCatalog, in repository: GitRepository) throws -> ObjectID {
        let files = try catalog.years.compactMap { catalog.entries[$0] }.map { entry -> TreeWriteEntry in
            let name: String
            switch entry.origin {
            case .repository(let path), .snapshot(let path):
                name = String(path.split(separator: "/").last ?? "\(entry.model.assessmentYear).yaml")
            case .bundled:
                name = "\(entry.model.assessmentYear).yaml"
            }
            return .blob(name: name, id: try repository.writeBlob(entry.fileBytes))
        }
        return try repository.writeTree(files)
    }

    /// The catalog a snapshot was computed with: its stored models over
    /// `catalog` (a snapshot made before models were stored has none).
    /// Nil with the broken files' paths when a stored model has errors.
    static func catalog(_ catalog: ITAYearCatalog, storedIn tree: ObjectID,
                        in repository: GitRepository) throws -> (catalog: ITAYearCatalog?, broken: [String]) {
        do {
            return (try RepositoryYearModels.catalog(catalog, tree: tree, in: repository) { .snapshot(path: $0) }, [])
        } catch let broken as RepositoryYearModels.Broken {
            return (nil, broken.files.map(\.source.path))
        }
    }
}
