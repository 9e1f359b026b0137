import Foundation

/// Runs a program to completion and collects what it wrote: the one place
/// tests start processes (the built itaplan, git, Chromium, Python).
public enum ProcessRunner {
    public struct Output: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String

        public init(status: Int32, stdout: String, stderr: String) {
            self.status = status
            self.stdout = stdout
            self.stderr = stderr
        }
    }

    /// `environment` replaces the process environment when given.
    public static func run(_ executable: URL, _ arguments: [String], in directory: URL? = nil,
                           environment: [String: String]? = nil, stdin: String? = nil) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        }
        // Read both pipes to the end before waiting, so a full pipe cannot deadlock.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        DispatchQueue.global().async(group: group) { outData = Self.readToEnd(out.fileHandleForReading) }
        DispatchQueue.global().async(group: group) { errData = Self.readToEnd(err.fileHandleForReading) }
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Everything until end of file. Foundation's `readDataToEndOfFile`
    /// crashes (a `try!`) when a read is interrupted by a signal (EINTR),
    /// which a loaded machine running many child processes does now and
    /// then; this retries the read instead.
    static func readToEnd(_ handle: FileHandle) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
            } else if count < 0, errno == EINTR {
                continue
            } else {
                return data
            }
        }
    }

    /// Runs a command found on PATH.
    public static func run(command: String, _ arguments: [String], in directory: URL? = nil,
                           environment: [String: String]? = nil, stdin: String? = nil) throws -> Output {
        try run(URL(fileURLWithPath: "/usr/bin/env"), [command] + arguments, in: directory, environment: environment,
                stdin: stdin)
    }
}
