import Foundation

/// Validates JSON against a JSON Schema with Python's jsonschema package
/// (an independent implementation; .ci/apt-get-install-deps installs it).
public enum JSONSchemaCheck {
    /// The validator's complaints; empty when the document is valid.
    public static func errors(json: String, schema: URL) throws -> [String] {
        let directory = try Fixtures.temporaryDirectory("json-schema")
        defer { try? FileManager.default.removeItem(at: directory) }
        let document = directory.appendingPathComponent("document.json")
        try json.write(to: document, atomically: true, encoding: .utf8)
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
            for error in validator.iter_errors(json.load(open(sys.argv[2]))):
                print("/".join(map(str, error.absolute_path)) + ": " + error.message)
            """
        let output = try ProcessRunner.run(command: "python3", ["-c", script, schema.path, document.path])
        let text = output.stdout + output.stderr
        guard output.status == 0 else { return ["python3 failed: \(text)"] }
        return text.split(separator: "\n").map(String.init)
    }
}
