/// The JSON Schema (draft 2020-12) of plan format v1, generated from
/// `PlanSchema`, for editors (VS Code's YAML extension completes and checks
/// fields from it) and for independent validators. The copy committed at
/// schema/plan.schema.json must equal this output; a test checks it.
///
/// Scalars are typed the way itaplan reads them, which is looser than YAML
/// typing: an id may arrive as a number (`1.10` is a float to other YAML
/// tools), text as a number or boolean (`title: 2564`), a score as a string
/// of Thai digits (`๖๙.๕๘`). What a schema cannot say (the ITA arithmetic,
/// deadlines, duplicate ids) is checked by `itaplan validate` only.
public enum PlanJSONSchema {
    public static let identifier = "https://itaplan.github.io/schema/plan-v1.schema.json"

    public static func document() -> JSONValue {
        var definitions: [(String, JSONValue)] = []
        var seen = Set<String>()
        func collect(_ spec: ObjectSpec) {
            guard seen.insert(spec.name).inserted else { return }
            for field in spec.fields { collectKind(field.kind) }
            definitions.append((spec.name, object(spec)))
        }
        func collectKind(_ kind: FieldKind) {
            switch kind {
            case .object(let spec): collect(spec)
            case .list(let inner): collectKind(inner)
            case .oneOf(let kinds): kinds.forEach(collectKind)
            default: break
            }
        }
        for field in PlanSchema.plan.fields { collectKind(field.kind) }
        var root = objectPairs(PlanSchema.plan)
        root.insert(("$schema", .string("https://json-schema.org/draft/2020-12/schema")), at: 0)
        root.insert(("$id", .string(identifier)), at: 1)
        root.insert(("title", .string("itaplan plan, format version \(PlanSchema.version)")), at: 2)
        root.append(("$defs", .object(definitions.sorted { $0.0 < $1.0 })))
        return .object(root)
    }

    private static func object(_ spec: ObjectSpec) -> JSONValue {
        .object(objectPairs(spec))
    }

    private static func objectPairs(_ spec: ObjectSpec) -> [(String, JSONValue)] {
        var pairs: [(String, JSONValue)] = [
            ("description", describe(spec.summary)),
            ("type", .string("object")),
            ("properties", .object(spec.fields.map { field in
                var schema = kind(field.kind, key: field.key, owner: spec.name)
                if field.nonEmpty, case .object(var parts) = schema {
                    parts.append(("minItems", .integer(1)))
                    schema = .object(parts)
                }
                return (field.key, annotate(schema, field.summary))
            })),
        ]
        let required = spec.fields.filter(\.required).map { JSONValue.string($0.key) }
        if !required.isEmpty { pairs.append(("required", .array(required))) }
        pairs.append(("additionalProperties", .bool(false)))
        if !spec.exactlyOneOf.isEmpty {
            pairs.append(("oneOf", .array(spec.exactlyOneOf.map { group in
                .object([("required", .array(group.map(JSONValue.string)))])
            })))
        }
        return pairs
    }

    private static func describe(_ text: LocalizedText) -> JSONValue {
        .string(text.th + "\n" + text.en)
    }

    /// Adds the field's description to its schema.
    private static func annotate(_ schema: JSONValue, _ summary: LocalizedText) -> JSONValue {
        guard case .object(let pairs) = schema else { return schema }
        return .object([("description", describe(summary))] + pairs)
    }

    private static let digits = "[0-9๐-๙]"

    private static func kind(_ kind: FieldKind, key: String, owner: String) -> JSONValue {
        // The version a file declares is this format's own; newer ones are refused.
        if owner == "plan", key == "schema" { return .object([("const", .integer(PlanSchema.version))]) }
        switch kind {
        case .text:
            return text
        case .texts:
            return .object([("anyOf", .array([text, .object([("type", .string("array")), ("items", text)])]))])
        case .wholeNumber(let range):
            return .object([("anyOf", .array([
                .object([("type", .string("integer")), ("minimum", .integer(range.lowerBound)),
                         ("maximum", .integer(range.upperBound))]),
                .object([("type", .string("string")), ("pattern", .string("^\\s*\(digits)+\\s*$"))]),
            ]))])
        case .number(let range):
            return .object([("anyOf", .array([
                .object([("type", .string("number")), ("minimum", .number(range.lowerBound)),
                         ("maximum", .number(range.upperBound))]),
                .object([("type", .string("string")), ("pattern", .string("^\\s*\(digits)+(\\.\(digits)+)?\\s*$"))]),
            ]))])
        case .year:
            return .object([("anyOf", .array([
                .object([("type", .string("integer")), ("minimum", .integer(2400)), ("maximum", .integer(2900))]),
                .object([("type", .string("string")), ("pattern", .string("^\\s*[2๒][4-9๔-๙]\(digits){2}\\s*$"))]),
            ]))])
        case .id:
            return .object([("anyOf", .array([
                .object([("type", .string("string")), ("pattern", .string("\\S"))]),
                .object([("type", .string("number"))]),
            ]))])
        case .choice(let values):
            return .object([("enum", .array(values.map(JSONValue.string)))])
        case .date:
            return .object([("type", .string("string")), ("pattern", .string("\\S")),
                            ("examples", .array([.string("2564-03-31"), .string("2021-03-31"), .string("31 มี.ค. 2564")]))])
        case .url:
            return .object([("type", .string("string")), ("pattern", .string("^[hH][tT][tT][pP][sS]?://\\S+$"))])
        case .boolean:
            return .object([("anyOf", .array([
                .object([("type", .string("boolean"))]),
                .object([("enum", .array(["yes", "no", "on", "off", "ใช่", "ไม่", "ไม่ใช่", "จริง", "เท็จ"]
                    .map(JSONValue.string)))]),
            ]))])
        case .oneOf(let kinds):
            return .object([("anyOf", .array(kinds.map { self.kind($0, key: key, owner: owner) }))])
        case .list(let inner):
            return .object([("type", .string("array")), ("items", self.kind(inner, key: key, owner: owner))])
        case .object(let spec):
            return .object([("$ref", .string("#/$defs/\(spec.name)"))])
        }
    }

    /// Any scalar with something in it: itaplan reads text as written.
    private static let text = JSONValue.object([("anyOf", .array([
        .object([("type", .string("string")), ("pattern", .string("\\S"))]),
        .object([("type", .string("number"))]),
        .object([("type", .string("boolean"))]),
    ]))])
}
