import Foundation

/// Finds the Chromium that `report --format pdf` prints with:
/// `ITAPLAN_CHROMIUM` when set (a path or a name on PATH), else the first of
/// Debian's, Ubuntu's and Google's names found on PATH; both variables come
/// from the caller's `environment`.
public enum ChromiumLocator {
    static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// `runningAsRoot`: Chromium refuses its sandbox as root, so it is then run without one.
    public static func printer(environment: [String: String], runningAsRoot: Bool) throws -> ChromiumPDF {
        let wanted = environment["ITAPLAN_CHROMIUM"].flatMap { $0.isEmpty ? nil : [$0] } ?? names
        let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in wanted {
            let candidates = name.contains("/") ? [name] : path.map { $0 + "/" + name }
            if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
                return ChromiumPDF(executable: URL(fileURLWithPath: found), disableSandbox: runningAsRoot)
            }
        }
        throw ChromiumPDF.Failure.engineMissing(searched: environment["ITAPLAN_CHROMIUM"].map { ["ITAPLAN_CHROMIUM=" + $0] } ?? names)
    }
}
