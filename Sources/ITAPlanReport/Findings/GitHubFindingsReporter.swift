import ITAPlanCore

/// Findings as GitHub Actions workflow commands, which GitHub turns into
/// annotations on the changed lines:
/// `::error file=…,line=…,col=…,title=…::message`.
public struct GitHubFindingsReporter: FindingsReporter {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    public func render(_ run: ValidationRun) -> String {
        var output = ""
        for file in run.files {
            for finding in file.findings {
                // Plan text is escaped before the command's own escaping, so
                // an ESC or a bidi override never reaches the log raw.
                var message = SafeText.inline(finding.message.text(in: language))
                for note in finding.notes {
                    let at = note.location.map { " (\($0))" } ?? ""
                    message += "\n" + SafeText.inline(note.message.text(in: language)) + at
                }
                let command = finding.severity == .error ? "error" : "warning"
                output += GitHubCommand.line(command, properties: [
                    ("file", SafeText.inline(file.source.path)),
                    ("line", String(finding.location.line)),
                    ("col", String(finding.location.column)),
                    ("title", "itaplan [\(finding.rule.rawValue)]"),
                ], message: message)
            }
        }
        for error in run.ioErrors {
            output += GitHubCommand.line("error", properties: [("title", "itaplan")],
                                         message: SafeText.inline(error.text(in: language)))
        }
        return output
    }
}

/// GitHub's workflow-command syntax and its escaping rules.
public enum GitHubCommand {
    public static func line(_ command: String, properties: [(String, String)], message: String) -> String {
        let props = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(command)\(props.isEmpty ? "" : " " + props)::\(escapeData(message))\n"
    }

    /// Message text: `%`, CR and LF are escaped.
    public static func escapeData(_ text: String) -> String {
        escape(text, extra: false)
    }

    /// Property values: as data, plus `:` and `,`, which separate properties.
    public static func escapeProperty(_ text: String) -> String {
        escape(text, extra: true)
    }

    // Works on scalars: "\r\n" is one Character, and a Character-level
    // replacement of "\r" would miss it.
    private static func escape(_ text: String, extra: Bool) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            case ":" where extra: result += "%3A"
            case "," where extra: result += "%2C"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
