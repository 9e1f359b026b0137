import ITAPlanCore

/// The `itaplan record …` command that closes a due instance, ready to
/// paste into a shell: done on the as-of day, for that period. When the plan
/// requires evidence, the link is a placeholder word (`LINK`) that the
/// plan's `evidence-url` rule refuses, so a command pasted unedited records
/// nothing.
public enum RecordCommandLine {
    public static func closing(_ item: TodoItem, language: Language) -> String {
        var words = ["itaplan", "record", item.step.step.id.value, "--plan", item.path]
        if item.step.instances.count > 1 {
            words += ["--period", ProgressRecorder.written(period: item.item.instance.period)]
        }
        words += ["--done", RecordFields.buddhistDate(item.status.asOf)]
        if item.status.plan.settings.evidenceRequired {
            words += ["--evidence", language.pick(th: "ลิงก์หลักฐาน", en: "LINK")]
        }
        return words.map(quoted).joined(separator: " ")
    }

    /// A word as a POSIX shell reads it: bare when it is only letters,
    /// digits, Thai and `_./:-+@%`, else in single quotes.
    static func quoted(_ word: String) -> String {
        let safe = !word.isEmpty && word.unicodeScalars.allSatisfy { scalar in
            (0x0E00...0x0E7F).contains(scalar.value) || (scalar.isASCII && (scalar.properties.isAlphabetic
                || ("0"..."9").contains(scalar) || "_./:-+@%,".unicodeScalars.contains(scalar)))
        }
        return safe ? word : "'" + word.replacingAll("'", with: "'\\''") + "'"
    }
}
