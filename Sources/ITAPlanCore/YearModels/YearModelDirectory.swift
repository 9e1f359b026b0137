import Foundation
import ITAPlanYAML

/// Year model files in a folder on disk: a plan repository's `ita-years/`.
public enum YearModelDirectory {
    /// Every YAML or JSON file in `directory`, checked, by name; none when
    /// the folder does not exist. `displayPrefix` is how the folder is shown.
    public static func read(_ directory: String, displayPrefix: String,
                            limits: YAMLLimits = .default) throws -> [CheckedYearModel] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            return []
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            throw ITAPlanError.cannotRead(path: directory, reason: FileReading.describe(error))
        }
        return try names.filter(YearModelFile.isModelFileName).map { name in
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            return YearModelFile.check(try FileReading.read(path: path, displayPath: displayPrefix + name,
                                                            maxBytes: limits.maxBytes), limits: limits)
        }
    }
}
