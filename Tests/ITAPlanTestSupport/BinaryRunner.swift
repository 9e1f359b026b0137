import Foundation

/// Runs the built `itaplan` executable, as a user would.
public enum BinaryRunner {
    public typealias Output = ProcessRunner.Output

    /// The folder `swift build` put the test runner and the executable in.
    public static var productsDirectory: URL {
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        var directory = executable.deletingLastPathComponent()
        // On macOS the runner sits inside an .xctest bundle.
        while directory.pathExtension == "xctest" || directory.lastPathComponent == "MacOS"
            || directory.lastPathComponent == "Contents" {
            directory.deleteLastPathComponent()
        }
        return directory
    }

    public static var executable: URL { productsDirectory.appendingPathComponent("itaplan") }

    public static func run(_ arguments: [String], in directory: URL? = nil,
                           environment: [String: String] = [:], stdin: String? = nil) throws -> Output {
        var env = ProcessInfo.processInfo.environment
        env["LC_ALL"] = nil
        env["LC_MESSAGES"] = nil
        env["LANG"] = "C.UTF-8"
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        return try ProcessRunner.run(executable, arguments, in: directory ?? Fixtures.root, environment: env, stdin: stdin)
    }
}
