import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// The parts of a Word file (.docx, a zip of XML parts) that the importer
/// reads, taken out of the zip with ZIPFoundation under limits a hostile
/// file cannot get past: how many entries, how large each part may expand
/// (counted while inflating, so a header that lies about its size does not
/// matter), names that climb out of the package (`../`, absolute paths),
/// names given twice. Nothing is written to disk.
struct WordPackage {
    struct Limits: Sendable {
        /// A real document has a few dozen entries; 100,000 is an attack.
        var maxEntries = 5_000
        /// The main text of a long document is a few MiB.
        var maxPartBytes = 32 << 20
        /// All parts read together.
        var maxTotalBytes = 64 << 20
    }

    /// The main document part's XML, and the numbering part's if any.
    let document: Data
    let numbering: Data?

    init(data: Data, limits: Limits = Limits()) throws(WordImportError) {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .notAZip
        }
        // The directory's own count of entries: ZIPFoundation's iterator stops quietly at an
        // entry it cannot read, so fewer entries than declared means a damaged directory.
        let declared = Self.declaredEntryCount(data)
        if let declared, declared > limits.maxEntries { throw .tooManyEntries(limit: limits.maxEntries) }
        var names: Set<String> = []
        var entries: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.maxEntries else { throw .tooManyEntries(limit: limits.maxEntries) }
            let name = entry.path
            guard Self.isSafe(name) else { throw .unsafeEntryName(Self.printable(name)) }
            guard names.insert(name).inserted else { throw .duplicateEntry(Self.printable(name)) }
            entries[name] = entry
        }
        guard count > 0 else { throw .notAZip }
        if let declared, declared != 0xFFFF, count < declared { throw .damagedDirectory(declared: declared, readable: count) }

        var budget = limits.maxTotalBytes
        func read(_ name: String) throws(WordImportError) -> Data? {
            guard let entry = entries[name] else { return nil }
            return try Self.extract(entry, named: name, from: archive, limit: max(0, min(limits.maxPartBytes, budget)),
                                    budget: &budget)
        }
        let relationships = try read("_rels/.rels")
        let main = relationships.flatMap(Self.mainDocumentTarget) ?? "word/document.xml"
        var found = try read(main)
        if found == nil, main != "word/document.xml" { found = try read("word/document.xml") }
        guard let document = found else {
            if entries["content.xml"] != nil { throw .openDocument }
            throw .noDocumentPart
        }
        self.document = document
        let folder = main.split(separator: "/").dropLast().joined(separator: "/")
        numbering = try read(folder.isEmpty ? "numbering.xml" : folder + "/numbering.xml")
    }

    /// Inflates one entry, stopping as soon as it passes `limit`.
    private static func extract(_ entry: Entry, named name: String, from archive: Archive, limit: Int,
                                budget: inout Int) throws(WordImportError) -> Data {
        guard entry.type == .file else { throw .damaged(printable(name)) }
        guard entry.uncompressedSize <= UInt64(limit) else { throw .partTooLarge(printable(name), limit: limit) }
        var data = Data()
        do {
            let checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= limit else { throw SizeExceeded() }
                data.append(chunk)
            }
            // ZIPFoundation computes the CRC-32 as it inflates; comparing it is the caller's job.
            guard checksum == entry.checksum else { throw WordImportError.damaged(printable(name)) }
        } catch let error as WordImportError {
            throw error
        } catch is SizeExceeded {
            throw .partTooLarge(printable(name), limit: limit)
        } catch {
            throw .damaged(printable(name))
        }
        budget -= data.count
        return data
    }

    private struct SizeExceeded: Error {}

    /// The total entry count in the end-of-central-directory record (the
    /// last one in the file, found within its 64 KiB comment), or nil.
    static func declaredEntryCount(_ data: Data) -> Int? {
        let bytes = [UInt8](data.suffix(0xFFFF + 22))
        guard bytes.count >= 22 else { return nil }
        var index = bytes.count - 22
        while index >= 0 {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x05, bytes[index + 3] == 0x06 {
                return Int(bytes[index + 10]) | Int(bytes[index + 11]) << 8
            }
            index -= 1
        }
        return nil
    }

    /// A relative name inside the package: no `..` component, no leading
    /// slash or backslash, no drive letter, no NUL.
    static func isSafe(_ name: String) -> Bool {
        guard !name.isEmpty, !name.unicodeScalars.contains("\u{0}") else { return false }
        let slashed = name.replacingOccurrences(of: "\\", with: "/")
        if slashed.hasPrefix("/") { return false }
        if slashed.count >= 2, Array(slashed)[1] == ":" { return false }
        return !slashed.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }

    /// The entry name as it can be printed: controls shown as `?`, cut short.
    static func printable(_ name: String) -> String {
        let scalars = name.unicodeScalars.prefix(120).map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "?" : Character($0) }
        return String(scalars)
    }

    /// The target of the package's officeDocument relationship ("word/document.xml").
    static func mainDocumentTarget(_ relationships: Data) -> String? {
        let finder = RelationshipFinder()
        let parser = XMLParser(data: relationships)
        parser.shouldResolveExternalEntities = false
        parser.delegate = finder
        _ = parser.parse()
        guard var target = finder.target, isSafe(target.hasPrefix("/") ? String(target.dropFirst()) : target) else {
            return nil
        }
        if target.hasPrefix("/") { target.removeFirst() }
        return target
    }
}

private final class RelationshipFinder: NSObject, XMLParserDelegate {
    var target: String?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        guard target == nil, elementName.hasSuffix("Relationship"),
              let type = attributes["Type"], type.hasSuffix("/officeDocument") else { return }
        target = attributes["Target"]
    }
}
