import ITAPlanCore

/// A unified diff (as `diff -u` and `git diff` print it) of an insertion:
/// what `record --dry-run` shows instead of writing. Lines are printed
/// through `SafeText`, as every printer of plan text is.
public enum InsertionDiff {
    public static func unified(path: String, before: [UInt8], after: [UInt8], context: Int = 3) -> String {
        let old = lines(before)
        let new = lines(after)
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
              old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        guard prefix < old.count || prefix < new.count else { return "" }
        let start = max(0, prefix - context)
        let oldEnd = min(old.count, old.count - suffix + context)
        let newEnd = min(new.count, new.count - suffix + context)
        let shownPath = SafeText.inline(path)
        var out = "--- a/\(shownPath)\n+++ b/\(shownPath)\n"
        out += "@@ -\(range(start, oldEnd)) +\(range(start, newEnd)) @@\n"
        for index in start..<prefix { out += " " + show(old[index]) }
        for index in prefix..<(old.count - suffix) { out += "-" + show(old[index]) }
        for index in prefix..<(new.count - suffix) { out += "+" + show(new[index]) }
        for index in (old.count - suffix)..<oldEnd { out += " " + show(old[index]) }
        return SafeText.guardingLineStarts(out)
    }

    /// Lines with their line ends, so that a changed line end shows as a change.
    private static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            result.append(bytes[start...index])
            start = index + 1
        }
        if start < bytes.count { result.append(bytes[start...]) }
        return result
    }

    private static func show(_ line: ArraySlice<UInt8>) -> String {
        var text = String(decoding: line, as: UTF8.self)
        guard text.hasSuffix("\n") else { return SafeText.sourceLine(text) + "\n\\ No newline at end of file\n" }
        text.removeLast()
        if text.hasSuffix("\r") { text.removeLast() }
        return SafeText.sourceLine(text) + "\n"
    }

    private static func range(_ start: Int, _ end: Int) -> String {
        let count = end - start
        return count == 0 ? "\(start),0" : "\(start + 1),\(count)"
    }
}
