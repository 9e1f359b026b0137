import Foundation
import ITAPlanCore
import ITAPlanGit

/// The year models a command uses: the bundled ones, with the plan
/// repository's `ita-years/` over them. The repository is the git
/// repository that holds the plans (outside any, `currentDirectory`, the
/// caller's working folder).
public struct YearModelLoading: Sendable {
    public let catalog: ITAYearCatalog
    /// Every repository model file, checked.
    public let files: [CheckedYearModel]

    public var broken: [CheckedYearModel] { files.filter { $0.errorCount > 0 } }

    /// What `years show` says of a repository model file with errors, which it leaves out.
    public static func notUsed(_ path: String, in language: Language) -> String {
        language.pick(th: "\(path) มีข้อผิดพลาด (itaplan validate แสดงรายละเอียด) จึงไม่ได้ใช้",
                      en: "\(path) has errors (itaplan validate shows them), so it is not used")
    }

    /// From the working tree of the repository that holds `path`; file names
    /// are shown relative to `current`.
    public static func workingTree(near path: String?, currentDirectory current: String) throws -> YearModelLoading {
        let root = repositoryRoot(near: path ?? current) ?? current
        let folder = (root.hasSuffix("/") ? root : root + "/") + YearModelFile.directory
        let files = try YearModelDirectory.read(folder, displayPrefix: display(folder, from: current) + "/")
        return YearModelLoading(catalog: try ITAYearCatalog.bundled().overriding(with: files) { .repository(path: $0) },
                                files: files)
    }

    /// From `root/ita-years` exactly (for `init`, whose folder is the repository to be).
    public static func folder(root: String) throws -> YearModelLoading {
        let folder = (root.hasSuffix("/") ? root : root + "/") + YearModelFile.directory
        let files = try YearModelDirectory.read(folder, displayPrefix: folder + "/")
        return YearModelLoading(catalog: try ITAYearCatalog.bundled().overriding(with: files) { .repository(path: $0) },
                                files: files)
    }

    /// As staged in the index: what the hook sees.
    public static func staged(in repository: GitRepository, indexFile: String?) throws -> YearModelLoading {
        let files = try RepositoryYearModels.staged(in: repository, indexFile: indexFile)
        return YearModelLoading(catalog: try ITAYearCatalog.bundled().overriding(with: files) { .repository(path: $0) },
                                files: files)
    }

    private static func repositoryRoot(near path: String) -> String? {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        let start = exists && isDirectory.boolValue ? path : (path as NSString).deletingLastPathComponent
        guard let repository = try? GitRepository(discoveringFrom: start.isEmpty ? "." : start) else { return nil }
        return repository.workingDirectory
    }

    /// A folder as the user should see it: relative to where they are when inside it.
    private static func display(_ folder: String, from current: String) -> String {
        let base = current.hasSuffix("/") ? current : current + "/"
        let resolved = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
        let here = URL(fileURLWithPath: base).standardizedFileURL.resolvingSymlinksInPath().path + "/"
        if resolved.hasPrefix(here) { return String(resolved.dropFirst(here.count)) }
        // Run from inside the repository: ../ita-years.
        var up = ""
        var parent = URL(fileURLWithPath: here)
        for _ in 0..<8 {
            parent = parent.deletingLastPathComponent()
            up += "../"
            let prefix = parent.path.hasSuffix("/") ? parent.path : parent.path + "/"
            if resolved.hasPrefix(prefix) { return up + resolved.dropFirst(prefix.count) }
        }
        return folder
    }
}
