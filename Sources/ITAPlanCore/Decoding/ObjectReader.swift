import ITAPlanYAML

/// Collects findings while a file is decoded.
final class FindingSink {
    private(set) var findings: [Finding] = []

    func add(_ finding: Finding) {
        findings.append(finding)
    }

    func add(_ rule: RuleID, at location: SourceLocation, _ message: Message, notes: [Finding.Note] = []) {
        findings.append(Finding(rule, at: location, message, notes: notes))
    }
}

/// Reads one YAML mapping against its `ObjectSpec`: reports unknown keys
/// (with a suggestion) and missing required keys as soon as it is made,
/// then hands out values by key.
struct ObjectReader {
    let spec: ObjectSpec
    let location: SourceLocation
    let sink: FindingSink
    /// The known keys written, in order; objects have a handful, so a scan beats hashing.
    private var pairs: [(key: String, pair: YAMLNode.Pair)] = []
    #if DEBUG
    /// Keys handed out so far, to catch a declared key the decoder forgot to read.
    private let asked = KeyLog()
    #endif

    /// Nil (with a type finding) when `node` is not a mapping.
    init?(_ node: YAMLNode, spec: ObjectSpec, key: String, sink: FindingSink) {
        guard let mapping = node.mapping else {
            sink.add(.type, at: node.location, .wrongType(key: key, expected: .mapping, found: FoundValue(node)))
            return nil
        }
        self.spec = spec
        self.location = node.location
        self.sink = sink
        for index in mapping.indices {
            let pair = mapping[index]
            guard let name = pair.key.scalar?.text else { continue }
            guard !spec.declares(name) else {
                pairs.append((name, pair))
                continue
            }
            // Only an unknown key looks back at the pair before it and
            // builds the list of known keys: nearly every key is known.
            // `score: 84,30` in a flow mapping: YAML makes `30` a key of its own.
            if index > mapping.startIndex, let comma = Self.decimalComma(mapping[index - 1], then: pair) {
                sink.add(.type, at: mapping[index - 1].value.location, .decimalComma(key: comma.key, written: comma.written))
                unusable.append(comma.key)
                continue
            }
            let known = spec.keys
            let suggestion = Suggestion.closest(to: name, among: known)
                ?? PlanSchema.thaiKeyWords[name.trimmed]?.first(where: known.contains)
            sink.add(.unknownKey, at: pair.key.location, .unknownKey(
                key: name, in: spec.name, suggestion: suggestion))
            if let suggestion { misspelled.append(suggestion) }
        }
        // A required key written misspelled is already one finding, the unknown key.
        for field in spec.fields where field.required && !pairs.contains(where: { $0.key == field.key })
            && !misspelled.contains(field.key) {
            sink.add(.requiredKey, at: node.location, .missingKey(key: field.key, in: spec.name))
        }
    }

    /// Keys that an unknown key was probably meant to be (`indicator` for
    /// `indicators`): what the object says about them is not known.
    private(set) var misspelled: [String] = []
    /// Keys whose value was already reported as unreadable as written.
    private var unusable: [String] = []

    /// Whether `key` was probably written, but misspelled or unreadable.
    func isUnsure(_ key: String) -> Bool {
        misspelled.contains(key) || unusable.contains(key)
    }

    /// `key: 84` followed by a key `30` with no value, both plain digits.
    private static func decimalComma(_ previous: YAMLNode.Pair, then pair: YAMLNode.Pair) -> (key: String, written: String)? {
        guard let key = previous.key.scalar?.text, let whole = previous.value.scalar, whole.style == .plain,
              let fraction = pair.key.scalar, fraction.style == .plain, pair.value.isNull,
              previous.value.location.line == pair.key.location.line else { return nil }
        let digits = { (text: String) in !text.isEmpty && ThaiDigits.toArabic(text).allSatisfy { $0.isASCII && $0.isNumber } }
        guard digits(whole.text), digits(fraction.text) else { return nil }
        return (key, whole.text + "," + fraction.text)
    }

    /// The value written for `key`; nil when absent. A required key left
    /// empty (`key:` or `key: ~`) is reported here and also gives nil.
    func value(_ key: String) -> YAMLNode? {
        #if DEBUG
        assert(spec.field(key) != nil, "\(key) is not declared in \(spec.name)")
        asked.keys.insert(key)
        #endif
        guard !unusable.contains(key), let pair = pairs.first(where: { $0.key == key })?.pair else { return nil }
        guard !pair.value.isNull else {
            if spec.field(key)?.required == true {
                sink.add(.emptyValue, at: pair.key.location, .emptyValue(key: key))
            }
            return nil
        }
        return pair.value
    }

    /// Checks, in debug builds, that every declared key was read: a key in
    /// `PlanSchema` that the decoder ignores would be silently dropped.
    func finish() {
        #if DEBUG
        assert(Set(spec.keys).isSubset(of: asked.keys),
               "\(spec.name): declared but never read: \(Set(spec.keys).subtracting(asked.keys).sorted())")
        #endif
    }

    /// Where `key` itself is written, for findings about its value as a whole.
    func keyLocation(_ key: String) -> SourceLocation? {
        pairs.first { $0.key == key }?.pair.key.location
    }
}

extension FoundValue {
    init(_ node: YAMLNode) {
        switch node.content {
        case .scalar(let scalar): self = .scalar(scalar.text)
        case .sequence: self = .list
        case .mapping: self = .mapping
        }
    }
}

/// The keys an `ObjectReader` has handed out (a class, so the reader can stay a value).
final class KeyLog {
    var keys = Set<String>()
}
