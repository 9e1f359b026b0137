import ITAPlanCore
import ITAPlanYAML

/// Findings as a compiler prints them: `path:line:col: error: [rule] message`,
/// the source line, and a caret under the column (placed by display width,
/// so it lands right under Thai text too).
public struct TextFindingsReporter: FindingsReporter {
    public let language: Language
    public let style: TerminalStyle

    public init(language: Language, style: TerminalStyle = .plain) {
        self.language = language
        self.style = style
    }

    public func render(_ run: ValidationRun) -> String {
        var output = ""
        for file in run.files {
            for finding in file.findings {
                output += render(finding, in: file)
            }
        }
        output += summary(run) + "\n"
        return output
    }

    func render(_ finding: Finding, in file: CheckedPlan) -> String {
        // The severity words stay English in every language: editors and CI
        // problem matchers parse `path:line:col: error:`.
        let severity = finding.severity == .error ? style.red("error:") : style.yellow("warning:")
        var text = style.bold("\(file.source.path):\(finding.location):") + " \(severity) "
            + style.bold("[\(finding.rule.rawValue)] \(finding.message.text(in: language))") + "\n"
        text += snippet(at: finding.location, in: file.source.text)
        for note in finding.notes {
            let location = note.location ?? finding.location
            text += style.bold("\(file.source.path):\(location):") + " "
                + style.cyan("note:") + " "
                + note.message.text(in: language) + "\n"
            if let noteLocation = note.location { text += snippet(at: noteLocation, in: file.source.text) }
        }
        return text
    }

    private func snippet(at location: SourceLocation, in source: SourceText) -> String {
        guard let line = source.line(location.line), !line.isEmpty else { return "" }
        return line + "\n" + DisplayWidth.caretIndent(line: line, column: location.column) + style.green("^") + "\n"
    }

    func summary(_ run: ValidationRun) -> String {
        let files = run.files.count
        let errors = run.errorCount
        let warnings = run.warningCount
        if errors == 0 && warnings == 0 {
            return language.pick(th: "ตรวจ \(files) ไฟล์ ไม่พบปัญหา", en: "\(files) plan file\(files == 1 ? "" : "s") checked, no problems")
        }
        return language.pick(
            th: "ตรวจ \(files) ไฟล์ พบข้อผิดพลาด \(errors) รายการ คำเตือน \(warnings) รายการ",
            en: "\(files) plan file\(files == 1 ? "" : "s") checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
    }
}
