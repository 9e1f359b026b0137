import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Word's list numbering (word/numbering.xml): the text Word shows before a
/// numbered or bulleted paragraph ("1.", "๑.", "ก)", a bullet). The text of
/// such a paragraph does not hold its number; without it, the steps of a
/// measure written as a Word list would lose their order.
struct WordNumbering {
    struct Level {
        var start = 1
        /// decimal, thaiNumbers, thaiLetters, lowerLetter, upperLetter, lowerRoman, upperRoman, bullet, none.
        var format = "decimal"
        /// "%1.", "%1.%2.", "(%1)".
        var text = "%1."
    }

    /// abstractNumId → level → its definition.
    var abstracts: [String: [Int: Level]] = [:]
    /// numId → (abstractNumId, level → start override).
    var lists: [String: (abstract: String, starts: [Int: Int])] = [:]
    /// numId → level → the last number given.
    private var counters: [String: [Int: Int]] = [:]

    /// The label for the next paragraph of list `list` at `level`, or nil
    /// when the list is not defined (numId 0 means "no list").
    mutating func label(list: String, level: Int) -> String? {
        guard list != "0", let definition = lists[list], let levels = abstracts[definition.abstract] else { return nil }
        let level = min(max(level, 0), 8)
        let spec = levels[level] ?? Level()
        var numbers = counters[list] ?? [:]
        let start = definition.starts[level] ?? spec.start
        numbers[level] = numbers[level].map { $0 + 1 } ?? start
        for deeper in (level + 1)...9 { numbers[deeper] = nil }
        counters[list] = numbers
        switch spec.format {
        case "bullet": return "-"
        case "none": return nil
        default: break
        }
        var label = spec.text
        for index in (1...9).reversed() where label.contains("%\(index)") {
            let levelSpec = levels[index - 1] ?? Level()
            let number = numbers[index - 1] ?? (definition.starts[index - 1] ?? levelSpec.start)
            label = label.replacingOccurrences(of: "%\(index)", with: Self.format(number, levelSpec.format))
        }
        label = label.trimmingCharacters(in: .whitespaces)
        return label.isEmpty ? nil : label
    }

    static func format(_ number: Int, _ format: String) -> String {
        let number = max(0, min(number, 9_999))
        switch format {
        case "thaiNumbers", "thaiCounting":
            return String(String(number).unicodeScalars.map { Character(Unicode.Scalar($0.value - 0x30 + 0x0E50)!) })
        case "thaiLetters":
            let letters = Array("กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ")
            return number >= 1 ? String(letters[(number - 1) % letters.count]) : String(number)
        case "lowerLetter", "upperLetter":
            let letter = number >= 1 ? String(UnicodeScalar(UInt8(97 + (number - 1) % 26))) : String(number)
            return format == "upperLetter" ? letter.uppercased() : letter
        default:
            return String(number)
        }
    }

    static func read(_ data: Data) throws(WordImportError) -> WordNumbering {
        let reader = NumberingXMLReader()
        try WordDocumentXML.parse(data, part: "word/numbering.xml", delegate: reader)
        return reader.numbering
    }
}

private final class NumberingXMLReader: NSObject, DepthLimitedDelegate {
    var numbering = WordNumbering()
    var tooDeep = false
    private(set) var depth = 0
    private(set) var sawElement = false
    private(set) var failure: Error?
    private(set) var failureLine: Int?
    private var abstract: String?
    private var level: Int?
    private var list: String?
    private var overrideLevel: Int?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        depth += 1
        sawElement = true
        guard depth <= WordDocumentXML.maxDepth else {
            tooDeep = true
            parser.abortParsing()
            return
        }
        func attribute(_ key: String) -> String? {
            attributes[key] ?? attributes.first { $0.key.hasSuffix(":" + key) }?.value
        }
        let value = attribute("val")
        switch name {
        case "abstractNum":
            abstract = attribute("abstractNumId")
            if let abstract { numbering.abstracts[abstract] = [:] }
        case "lvl":
            level = attribute("ilvl").flatMap { Int($0) }
            if let abstract, let level, list == nil { numbering.abstracts[abstract]?[level] = WordNumbering.Level() }
        case "start" where list == nil:
            if let abstract, let level, let start = value.flatMap({ Int($0) }) { numbering.abstracts[abstract]?[level]?.start = start }
        case "numFmt" where list == nil:
            if let abstract, let level, let value { numbering.abstracts[abstract]?[level]?.format = value }
        case "lvlText" where list == nil:
            if let abstract, let level, let value { numbering.abstracts[abstract]?[level]?.text = value }
        case "num":
            list = attribute("numId")
        case "abstractNumId":
            if let list, let value { numbering.lists[list] = (value, [:]) }
        case "lvlOverride":
            overrideLevel = attribute("ilvl").flatMap { Int($0) }
        case "startOverride":
            if let list, let overrideLevel, let start = value.flatMap({ Int($0) }) {
                numbering.lists[list]?.starts[overrideLevel] = start
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if failure == nil {
            failure = parseError
            failureLine = parser.lineNumber
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        switch name {
        case "abstractNum": abstract = nil
        case "lvl": level = nil
        case "num": list = nil
        case "lvlOverride": overrideLevel = nil
        default: break
        }
    }
}
