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
        catalog.years.compactMap { catalog.entries[$0] }.map { (fileName(of: $0), $0.fileBytes) }
    }

    /// The name a model is stored under: a repository's own file keeps its name.
    static func fileName(of entry: ITAYearCatalog.Entry) -> String {
        switch entry.origin {
        case .repository(let path), .snapshot(let path):
            return String(path.split(separator: "/").last ?? "\(entry.model.assessmentYear).yaml")
        case .bundled:
            return "\(entry.model.assessmentYear).yaml"
        }
    }

    /// The tree of every model `catalog` holds.
    static func writeTree(_ catalog: ITAYearCatalog, in repository: GitRepository) throws -> ObjectID {
        let files = try catalog.years.compactMap { catalog.entries[$0] }.map { entry -> TreeWriteEntry in
            .blob(name: fileName(of: entry), id: try repository.writeBlob(entry.fileBytes))
        }
        return try repository.writeTree(files)
    }

    /// The stored model files (`ita-years/…` paths) that are not what
    /// itaplan stores for a snapshot of `source`: the source commit's own
    /// models, byte for byte, over this itaplan's bundled ones. The stored
    /// models are the snapshot's own claim, and verify recomputes with
    /// them, so a model the source never held (a forged evidence window or
    /// level bands) would otherwise make a forged status agree with itself.
    /// A bundled year a snapshot does not store is recomputed with this
    /// itaplan's model, so its absence is no difference; a repository's
    /// model missing or changed, another bundled model, or a model of a year
    /// nothing has, is. A snapshot that stores no models at all (made before
    /// they were stored) differs only when its source has models of its own.
    /// A bundled model an earlier itaplan shipped (`ShippedYearModels`) is no
    /// difference but is returned in `earlier`, for verify to say so.
    static func differences(_ catalog: ITAYearCatalog, storedIn tree: ObjectID, source: ObjectID,
                            in repository: GitRepository,
                            shipped: [Int: Set<String>] = ShippedYearModels.blobs)
        throws -> (differing: [String], earlier: [String]) {
        let expected: ITAYearCatalog
        do {
            expected = try self.catalog(catalog, committedAt: source, in: repository)
        } catch let broken as RepositoryYearModels.Broken {
            // itaplan makes no snapshot of a commit whose models have errors.
            return (broken.files.map(\.source.path), [])
        }
        var wanted: [String: (blob: ObjectID, own: Bool)] = [:]
        for entry in expected.years.compactMap({ expected.entries[$0] }) {
            let own: Bool
            switch entry.origin {
            case .repository, .snapshot: own = true
            case .bundled: own = false
            }
            wanted[directory + "/" + fileName(of: entry)] = (try ObjectID.hashing(entry.fileBytes), own)
        }
        var stored: [String: ObjectID] = [:]
        if let folder = try repository.subtree(directory, of: tree) {
            for file in try repository.files(in: folder, prefix: directory) { stored[file.path] = file.blob }
        } else {
            return (wanted.filter(\.value.own).keys.sorted(), [])
        }
        var differing: [String] = []
        var earlier: [String] = []
        for (path, blob) in stored where wanted[path]?.blob != blob {
            if wanted[path]?.own != true, let year = bundledYear(path), ShippedYearModels.contains(blob, year: year, in: shipped) {
                earlier.append(path)
            } else {
                differing.append(path)
            }
        }
        for (path, model) in wanted where model.own && stored[path] == nil { differing.append(path) }
        return (differing.sorted(), earlier.sorted())
    }

    /// The year of a path a bundled model is stored under (`ita-years/2569.yaml`).
    private static func bundledYear(_ path: String) -> Int? {
        guard path.hasPrefix(directory + "/"), path.hasSuffix(".yaml") else { return nil }
        return YearModelFile.year(fromFileName: String(path.dropFirst(directory.count + 1)))
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
