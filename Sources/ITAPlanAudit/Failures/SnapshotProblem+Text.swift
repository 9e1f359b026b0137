import ITAPlanCore

// A verification problem is mostly reported inside `audit verify`'s table;
// `audit log` throws one when a commit on the ref is no snapshot. Its words
// are the renderer's, which sets them in the snapshot's context.
extension SnapshotVerification.Problem: LocalizedFailure {
    public func text(in language: Language) -> String {
        AuditRenderer(language: language, timeZone: CivilDate.bangkok).text(self, snapshot: nil)
    }
}
