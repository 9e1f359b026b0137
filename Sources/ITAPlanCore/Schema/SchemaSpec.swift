/// The plan format declared once, as data: which keys each object has, which
/// are required, what kind of value each takes, and what each means in Thai
/// and English. The decoder checks keys against it and the JSON Schema for
/// editors is generated from it, so the two cannot drift apart.
public struct ObjectSpec: Sendable {
    /// The name used in messages ("agency", "measure").
    public let name: String
    public let summary: LocalizedText
    public let fields: [FieldSpec]
    /// Groups of keys of which exactly one group must be present (a schedule
    /// is `every`, or `quarters`, or `by`, or `from` with `to`).
    public let exactlyOneOf: [[String]]

    public init(_ name: String, _ summary: LocalizedText, fields: [FieldSpec], exactlyOneOf: [[String]] = []) {
        self.name = name
        self.summary = summary
        self.fields = fields
        self.exactlyOneOf = exactlyOneOf
    }

    public var keys: [String] { fields.map(\.key) }

    public func field(_ key: String) -> FieldSpec? {
        fields.first { $0.key == key }
    }

    /// Whether `key` is one of the object's keys (without copying its spec).
    func declares(_ key: String) -> Bool {
        fields.contains { $0.key == key }
    }
}

/// One key of an object.
public struct FieldSpec: Sendable {
    public let key: String
    public let kind: FieldKind
    public let required: Bool
    public let summary: LocalizedText
    /// For lists that must hold at least one entry (measures, steps).
    public let nonEmpty: Bool

    public static func required(_ key: String, _ kind: FieldKind, _ summary: LocalizedText,
                                nonEmpty: Bool = false) -> FieldSpec {
        FieldSpec(key: key, kind: kind, required: true, summary: summary, nonEmpty: nonEmpty)
    }

    public static func optional(_ key: String, _ kind: FieldKind, _ summary: LocalizedText) -> FieldSpec {
        FieldSpec(key: key, kind: kind, required: false, summary: summary, nonEmpty: false)
    }
}

/// The kinds of value a key takes. Scalars are read from their text as
/// written, so Thai digits count as digits and `1.10` stays an id.
public indirect enum FieldKind: Sendable {
    /// Non-empty text (any scalar, taken as written).
    case text
    /// Text, or a list of texts.
    case texts
    case wholeNumber(ClosedRange<Int>)
    case number(ClosedRange<Double>)
    /// A Buddhist Era year.
    case year
    /// An id such as `1` or `1.10`, kept as text.
    case id
    /// One of a fixed set of words.
    case choice([String])
    /// A day: ISO, Buddhist Era (2564-03-31) or Thai ("31 มี.ค. 2564").
    case date
    /// An http(s) URL.
    case url
    case boolean
    /// Any one of several kinds (a keyword or a mapping, a URL or a list of them).
    case oneOf([FieldKind])
    case list(FieldKind)
    case object(ObjectSpec)
}

/// A text in both languages the tool speaks.
public struct LocalizedText: Sendable, Hashable {
    public let th: String
    public let en: String

    public init(th: String, en: String) {
        self.th = th
        self.en = en
    }

    public func text(in language: Language) -> String {
        language == .thai ? th : en
    }
}
