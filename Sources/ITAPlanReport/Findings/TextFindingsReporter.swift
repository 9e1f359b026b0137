import ITAPlanCore
import ITAPlanYAML

/// Findings as a compiler prints them: `path:line:col: error: [rule] message`,
/// the source line, and a caret under the column (placed by display width,
/// so it lands right under Thai text too). Paths, messages and source lines
/// go through `SafeText`: a plan's control characters show escaped, and no
/// output line starts with a workflow command's `::`.
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
            // One pass over the file for all its snippets, however many.
            let lines = file.findings.isEmpty ? nil : file.source.text.lineIndex()
            for finding in file.findings {
                output += render(finding, in: file, lines: lines)
            }
        }
        output += summary(run) + "\n"
        return SafeText.guardingLineStarts(output)
    }

    func render(_ finding: Finding, in file: CheckedPlan, lines: SourceText.LineIndex? = nil) -> String {
        let lines = lines ?? file.source.text.lineIndex()
        // The severity words stay English in every language: editors and CI
        // problem matchers parse `path:line:col: error:`.
        let severity = finding.severity == .error ? style.red("error:") : style.yellow("warning:")
        let path = SafeText.inline(file.source.path)
        var text = style.bold("\(path):\(finding.location):") + " \(severity) "
            + style.bold("[\(finding.rule.rawValue)] \(SafeText.inline(finding.message.text(in: language)))") + "\n"
        if !finding.message.describesWholeFile {
            text += snippet(at: finding.location, in: file.source.text, lines: lines)
        }
        for note in finding.notes {
            let location = note.location ?? finding.location
            text += style.bold("\(path):\(location):") + " "
                + style.cyan("note:") + " "
                + SafeText.inline(note.message.text(in: language)) + "\n"
            if let noteLocation = note.location { text += snippet(at: noteLocation, in: file.source.text, lines: lines) }
        }
        return text
    }

    private func snippet(at location: SourceLocation, in source: SourceText, lines: SourceText.LineIndex) -> String {
        guard let line = source.line(location.line, in: lines), !line.isEmpty else { return "" }
        // The caret goes under the escaped line: measure the escaped prefix.
        let prefix = SafeText.sourceLine(String(String.UnicodeScalarView(line.unicodeScalars.prefix(max(0, location.column - 1)))))
        return SafeText.sourceLine(line) + "\n"
            + DisplayWidth.caretIndent(line: prefix, column: prefix.unicodeScalars.count + 1) + style.green("^") + "\n"
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
