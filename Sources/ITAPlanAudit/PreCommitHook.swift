import Foundation

/// The pre-commit hook `itaplan hooks install` writes: the same text as
/// hooks/pre-commit in the repository (a test keeps the two equal).
public enum PreCommitHook {
    /// The line that marks a hook as itaplan's, so reinstalling may replace it.
    public static let marker = "# itaplan pre-commit hook"

    public static let script = """
#!/bin/sh
# itaplan pre-commit hook: refuses a commit whose staged plan files have
# errors, checking them as they are staged (not as in the working tree).
# Installed by `itaplan hooks install`; skip it once with `git commit --no-verify`.
itaplan="${ITAPLAN:-itaplan}"
if ! command -v "$itaplan" >/dev/null 2>&1; then
    echo "itaplan pre-commit hook: cannot run '$itaplan'; install itaplan or set ITAPLAN=/path/to/itaplan" >&2
    echo "(to commit without the check: git commit --no-verify)" >&2
    exit 1
fi
exec "$itaplan" validate --staged

"""

    /// The script with `itaplan` defaulting to a given executable, so the
    /// hook works even when itaplan is not on the PATH of the git client.
    public static func script(invoking executable: String?) -> String {
        guard let executable else { return script }
        return script.replacingOccurrences(of: "${ITAPLAN:-itaplan}", with: "${ITAPLAN:-\(shellEscaped(executable))}")
    }

    /// Escapes what a POSIX shell would expand or end inside "${VAR:-…}".
    static func shellEscaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\\"$`}".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
