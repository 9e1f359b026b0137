/// A placeholder of the `itaplan init` template left in place.
public enum Placeholder: Sendable, Hashable {
    /// `agency.name` is still the template's.
    case agencyName(String)
    /// Every indicator still scores the template's 0.
    case zeroScores(count: Int)
    /// A text still holds one of the template's markers.
    case marker(key: String, marker: String)
}

/// The words the `init` template marks its placeholders with. The template
/// (ITAPlanSetup) writes them from here, so the rule and the template
/// cannot drift apart.
public enum TemplatePlaceholders {
    public static let agencyName = "ชื่อหน่วยงาน"
    /// Appended to a text the officer must rewrite.
    public static let editMe = "(แก้ไขข้อความนี้)"
    /// Appended to the example measure's title.
    public static let example = "(ตัวอย่าง · an example)"
    static let markers = [editMe, example]
}
