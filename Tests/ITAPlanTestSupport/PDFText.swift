import Foundation

/// A PDF's text as poppler's pdftotext reads it, page by page, and its
/// words with their positions, to read a table column by column.
public struct PDFText {
    public struct Word {
        public let text: String
        public let x: Double
        public let y: Double
    }

    public struct Page {
        public let width: Double
        public let height: Double
        /// The page's text with its layout (`pdftotext -layout`).
        public let text: String
        public let words: [Word]
        public var isLandscape: Bool { width > height }

        /// The page's lines that have text.
        public var lines: [String] {
            // pdftotext ends each page with a form feed.
            text.split(separator: "\n").map(String.init)
                .filter { !$0.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(["\u{0C}"])).isEmpty }
        }

        /// The words whose left edge lies in each band of the page's width,
        /// top to bottom, run together without spaces: a table's columns,
        /// each cell's text unbroken by its neighbours'.
        public func columns(_ edges: [Double]) -> [String] {
            (0..<(edges.count - 1)).map { index in
                words.filter { $0.x >= edges[index] - 2 && $0.x < edges[index + 1] - 2 }
                    .sorted { abs($0.y - $1.y) > 2 ? $0.y < $1.y : $0.x < $1.x }
                    .map(\.text).joined()
            }
        }
    }

    public let pages: [Page]

    public init(pdf: URL) throws {
        let bbox = try ProcessRunner.run(command: "pdftotext", ["-bbox", pdf.path, "-"])
        guard bbox.status == 0 else { throw CocoaError(.fileReadCorruptFile) }
        let pageExpression = try NSRegularExpression(pattern: #"<page width="([0-9.]+)" height="([0-9.]+)">(.*?)</page>"#,
                                                     options: .dotMatchesLineSeparators)
        let wordExpression = try NSRegularExpression(pattern: #"<word xMin="([0-9.]+)" yMin="([0-9.]+)"[^>]*>([^<]*)</word>"#)
        let source = bbox.stdout as NSString
        var pages: [Page] = []
        for (index, match) in pageExpression.matches(in: bbox.stdout, range: NSRange(location: 0, length: source.length)).enumerated() {
            let body = source.substring(with: match.range(at: 3))
            let words = wordExpression.matches(in: body, range: NSRange(location: 0, length: (body as NSString).length)).map {
                Word(text: Self.unescape((body as NSString).substring(with: $0.range(at: 3))),
                     x: Double((body as NSString).substring(with: $0.range(at: 1))) ?? 0,
                     y: Double((body as NSString).substring(with: $0.range(at: 2))) ?? 0)
            }
            let layout = try ProcessRunner.run(command: "pdftotext", ["-layout", "-f", "\(index + 1)", "-l", "\(index + 1)", pdf.path, "-"])
            pages.append(Page(width: Double(source.substring(with: match.range(at: 1))) ?? 0,
                              height: Double(source.substring(with: match.range(at: 2))) ?? 0,
                              text: layout.stdout, words: words))
        }
        self.pages = pages
    }

    /// Text with every space and line break taken out, for comparing text
    /// that a page wrapped at other places.
    public static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
    }

    /// Text without Thai vowel and tone marks above and below the line.
    public static func withoutThaiMarks(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter {
            !($0.value == 0x0E31 || (0x0E34...0x0E3A).contains($0.value) || (0x0E47...0x0E4E).contains($0.value))
        }))
    }

    private static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
