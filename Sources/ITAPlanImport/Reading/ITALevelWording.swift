/// The level a document states ("อยู่ในระดับ C", "ระดับ ผ่านดี") as the plan's
/// `grade:` value. The one place where imported levels are mapped: the plan
/// format takes the level as published (free text, docs/plan-format.md),
/// so today this only tidies the letters (a lowercase "aa" is "AA") and
/// keeps Thai levels (ผ่านดีเยี่ยม, ผ่านดี, ผ่าน, ไม่ผ่าน) as written. When the
/// format's level vocabulary changes, this is what changes with it.
enum ITALevelWording {
    static let letterGrades: Set<String> = ["AA", "A", "B", "C", "D", "E", "F"]

    static func gradeValue(written: String) -> String {
        let upper = written.uppercased()
        return letterGrades.contains(upper) ? upper : written
    }
}
