// `swift build -c release` (all targets, as pre-commit's `language: swift`
// builds) compiles this target without the Testing module: Golden exists
// only where Testing does.
#if canImport(Testing)
import Foundation
import ITAPlanCore
import Testing

/// Compares output with a golden file under Tests/Fixtures/golden.
/// `ITAPLAN_RECORD_GOLDEN=1 swift test` rewrites the files from the output.
/// The build's version (from `git describe`, so new with every commit) is
/// written `itaplan VERSION` in the files.
public enum Golden {
    public static func check(_ output: String, against name: String,
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        // As printed, and as Markdown escapes it (`+` → `\+`).
        let version = ITAPlanVersion.current
        let actual = output.replacingOccurrences(of: "itaplan \(version)", with: "itaplan VERSION")
            .replacingOccurrences(of: "itaplan \(version.replacingOccurrences(of: "+", with: "\\+"))",
                                  with: "itaplan VERSION")
        let url = Fixtures.url("golden/\(name)")
        if ProcessInfo.processInfo.environment["ITAPLAN_RECORD_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if actual != expected {
            Issue.record("output differs from golden/\(name):\n\(firstDifference(actual, expected))",
                         sourceLocation: sourceLocation)
        }
    }

    private static func firstDifference(_ actual: String, _ expected: String) -> String {
        let a = actual.components(separatedBy: "\n")
        let e = expected.components(separatedBy: "\n")
        for index in 0..<max(a.count, e.count) {
            let left = index < a.count ? a[index] : "<end>"
            let right = index < e.count ? e[index] : "<end>"
            if left != right { return "line \(index + 1):\n  actual:   \(left)\n  expected: \(right)" }
        }
        return "(whitespace only)"
    }
}
#endif
