import CLibYAML

/// What reading one file as YAML gave: its tree, if there was one, and
/// every problem found on the way.
public struct YAMLDocument: Sendable {
    /// The root node; nil for an empty file or one that could not be parsed.
    public var root: YAMLNode?
    public var problems: [YAMLProblem]
}

/// Reads YAML into located nodes from libyaml's event stream.
///
/// Built on events rather than a composed tree so that it can bound what
/// hostile input costs (nesting depth, alias expansion), point a duplicate key
/// at its second occurrence, and keep every scalar untyped and located.
/// It builds iteratively, so nesting depth never touches the call stack.
public struct YAMLReader: Sendable {
    public var limits: YAMLLimits

    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    public func read(_ source: SourceText) -> YAMLDocument {
        if source.bytes.count > limits.maxBytes {
            return YAMLDocument(root: nil, problems: [
                YAMLProblem(.tooLarge(bytes: source.bytes.count, limit: limits.maxBytes), at: .start),
            ])
        }
        switch ByteCheck.check(source.bytes) {
        case .text:
            break
        case .binary(let offset):
            return YAMLDocument(root: nil, problems: [
                YAMLProblem(.binary, at: source.location(ofByteOffset: offset)),
            ])
        case .invalidUTF8(let offset, let byte):
            return YAMLDocument(root: nil, problems: [
                YAMLProblem(.invalidUTF8(byte: byte), at: source.location(ofByteOffset: offset)),
            ])
        case .otherEncoding(let name):
            return YAMLDocument(root: nil, problems: [YAMLProblem(.otherEncoding(name: name), at: .start)])
        }
        return source.bytes.withUnsafeBufferPointer { buffer in
            var builder = TreeBuilder(limits: limits, source: source)
            builder.run(buffer)
            return YAMLDocument(root: builder.root, problems: builder.problems)
        }
    }
}

// MARK: - Building the tree from events

private struct TreeBuilder {
    let limits: YAMLLimits
    let source: SourceText
    var root: YAMLNode?
    var problems: [YAMLProblem] = []

    private var stack: [Collection] = []
    private var anchors: [String: (node: YAMLNode, weight: Int)] = [:]
    private var aliasExpansion = 0
    private var documents = 0

    /// libyaml's lines to real ones, for a file with YAML 1.1-only line breaks.
    private let lineMap: LineMap?

    init(limits: YAMLLimits, source: SourceText) {
        self.limits = limits
        self.source = source
        self.lineMap = LineMap(source)
    }

    /// An open mapping or sequence, collecting its children.
    private struct Collection {
        var isMapping: Bool
        var location: SourceLocation
        var isFlow = false
        /// The end of the last entry so far: where a block collection ends.
        var lastEnd: SourceLocation?
        var tag: String?
        var anchor: String?
        var items: [YAMLNode] = []
        var pairs: [YAMLNode.Pair] = []
        var merged: [YAMLNode.Pair] = []
        var pendingKey: YAMLNode?
        /// Key texts in order; plan mappings are small, so a scan beats hashing.
        var keys: [String] = []
        /// The same keys by position, built once a mapping outgrows a scan,
        /// so that a mapping of 100,000 keys is checked in linear time.
        var keyPositions: [String: Int] = [:]
        static let scanLimit = 16

        func position(of key: String) -> Int? {
            keys.count <= Self.scanLimit ? keys.firstIndex(of: key) : keyPositions[key]
        }

        mutating func addKey(_ key: String) {
            keys.append(key)
            if keys.count == Self.scanLimit + 1 {
                for (position, known) in keys.enumerated() { keyPositions[known] = position }
            } else if keys.count > Self.scanLimit + 1 {
                keyPositions[key] = keys.count - 1
            }
        }
        /// Nodes in this subtree, aliases counted at their full size.
        var weight = 1
    }

    mutating func run(_ buffer: UnsafeBufferPointer<UInt8>) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            problems.append(YAMLProblem(.syntax(problem: "libyaml could not start (out of memory)", context: nil), at: .start))
            return
        }
        defer { yaml_parser_delete(&parser) }
        // The byte order mark is skipped here: with the encoding set, libyaml
        // would read it as a character and shift every column of line 1.
        let content = UnsafeBufferPointer(rebasing: buffer[source.contentStart...])
        yaml_parser_set_input_string(&parser, content.baseAddress, content.count)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)

        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                problems.append(syntaxProblem(parser))
                return
            }
            let keepGoing = handle(&event)
            yaml_event_delete(&event)
            if !keepGoing { return }
        }
    }

    /// Takes one event; false when reading should stop.
    private mutating func handle(_ event: inout yaml_event_t) -> Bool {
        let location = location(event.start_mark)
        switch event.type {
        case YAML_STREAM_END_EVENT:
            return false
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                problems.append(YAMLProblem(.multipleDocuments, at: location))
                return false
            }
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = Self.string(scalar.value, length: scalar.length)
            let node = YAMLNode(.scalar(YAMLScalar(text, style: Self.style(scalar.style))),
                                at: location, end: self.location(event.end_mark), tag: Self.optionalString(scalar.tag))
            return attach(node, weight: 1, anchor: Self.optionalString(scalar.anchor))
        case YAML_ALIAS_EVENT:
            let name = Self.optionalString(event.data.alias.anchor) ?? ""
            guard let anchored = anchors[name] else {
                problems.append(YAMLProblem(.undefinedAlias(name: name), at: location))
                return attach(YAMLNode(.scalar(YAMLScalar("")), at: location, end: self.location(event.end_mark)),
                              weight: 1, anchor: nil)
            }
            aliasExpansion += anchored.weight
            if aliasExpansion > limits.maxAliasExpansion {
                problems.append(YAMLProblem(.aliasLimit(limit: limits.maxAliasExpansion), at: location))
                return false
            }
            // The alias points where it is used; its content keeps the anchor's locations.
            var node = anchored.node
            node.location = location
            node.end = self.location(event.end_mark)
            return attach(node, weight: anchored.weight, anchor: nil)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            guard stack.count < limits.maxDepth else {
                problems.append(YAMLProblem(.depthLimit(limit: limits.maxDepth), at: location))
                return false
            }
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
            let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            let isFlow = isMapping ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                                   : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
            stack.append(Collection(isMapping: isMapping, location: location, isFlow: isFlow,
                                    tag: Self.optionalString(tag), anchor: Self.optionalString(anchor)))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let collection = stack.popLast() else { return false }
            // A block collection's end event sits wherever the next token is
            // (past comments and blank lines); its last entry's end is where it ends.
            let end = collection.isFlow ? self.location(event.end_mark) : (collection.lastEnd ?? location)
            return attach(Self.node(closing: collection, end: end), weight: collection.weight, anchor: collection.anchor)
        default:
            break
        }
        return true
    }

    private static func node(closing collection: Collection, end: SourceLocation) -> YAMLNode {
        guard collection.isMapping else {
            return YAMLNode(.sequence(collection.items), at: collection.location, end: end,
                            isFlow: collection.isFlow, tag: collection.tag)
        }
        // Keys written in the mapping win over keys merged in with `<<`.
        var pairs = collection.pairs
        guard !collection.merged.isEmpty else {
            return YAMLNode(.mapping(pairs), at: collection.location, end: end, isFlow: collection.isFlow, tag: collection.tag)
        }
        var present = Set(collection.keys)
        for pair in collection.merged {
            guard let key = pair.key.scalar?.text, present.insert(key).inserted else { continue }
            pairs.append(pair)
        }
        return YAMLNode(.mapping(pairs), at: collection.location, end: end, isFlow: collection.isFlow,
                        tag: collection.tag)
    }

    /// Adds a finished node to the collection it belongs to, or makes it the root.
    private mutating func attach(_ node: YAMLNode, weight: Int, anchor: String?) -> Bool {
        if let anchor { anchors[anchor] = (node, weight) }
        guard !stack.isEmpty else {
            root = node
            return true
        }
        let top = stack.count - 1
        stack[top].weight += weight
        stack[top].lastEnd = node.end
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return true
        }
        guard let key = stack[top].pendingKey else {
            if node.scalar == nil {
                problems.append(YAMLProblem(.complexKey, at: node.location))
            }
            stack[top].pendingKey = node
            return true
        }
        stack[top].pendingKey = nil
        guard let keyText = key.scalar?.text else { return true }
        if keyText == "<<", key.scalar?.style == .plain {
            merge(node, into: top)
            return true
        }
        if let index = stack[top].position(of: keyText) {
            problems.append(YAMLProblem(.duplicateKey(key: keyText), at: key.location,
                                        related: stack[top].pairs[index].key.location))
            return true
        }
        stack[top].addKey(keyText)
        stack[top].pairs.append(YAMLNode.Pair(key: key, value: node))
        return true
    }

    /// YAML 1.1 merge keys: `<<: *base` or `<<: [*a, *b]`, earlier sources winning.
    private mutating func merge(_ source: YAMLNode, into index: Int) {
        let sources = source.sequence ?? [source]
        for item in sources {
            guard let pairs = item.mapping else { continue }
            stack[index].merged.append(contentsOf: pairs)
        }
    }

    // MARK: libyaml values

    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        guard let lineMap else { return SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1) }
        return lineMap.location(line: Int(mark.line), column: Int(mark.column))
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
        guard let pointer, length > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private static func optionalString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }

    private func syntaxProblem(_ parser: yaml_parser_t) -> YAMLProblem {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        let context = parser.context.map { String(cString: $0) }
        // The reader (bad characters) reports a byte offset; the scanner and parser a mark.
        let location = parser.error == YAML_READER_ERROR
            ? source.location(ofByteOffset: source.contentStart + parser.problem_offset)
            : location(parser.problem_mark)
        return YAMLProblem(.syntax(problem: problem, context: context), at: location)
    }
}
