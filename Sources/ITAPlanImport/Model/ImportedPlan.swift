/// A plan as a measures document states it, in the plan format's terms and
/// before any check. What such a document does not say (which indicators a
/// measure addresses, schedules, progress, usually the province) is absent;
/// text the importer could not place is kept in `notes`.
public struct ImportedPlan: Sendable, Equatable {
    /// The document's title as written.
    public var title: String?
    public var agency: ImportedAgency
    /// The fiscal year (BE) the measures are for.
    public var fiscalYear: Int?
    public var ita: ImportedITAResult
    public var measures: [ImportedMeasure]
    /// Source text that fitted no field, in source order.
    public var notes: [ImportedNote]

    public init(title: String? = nil, agency: ImportedAgency = ImportedAgency(), fiscalYear: Int? = nil,
                ita: ImportedITAResult = ImportedITAResult(), measures: [ImportedMeasure] = [],
                notes: [ImportedNote] = []) {
        self.title = title
        self.agency = agency
        self.fiscalYear = fiscalYear
        self.ita = ita
        self.measures = measures
        self.notes = notes
    }
}

public struct ImportedAgency: Sendable, Equatable {
    public var name: String?
    /// The kind's code (`subdistrict-municipality`…), only when the name
    /// starts with the kind's Thai name exactly.
    public var kind: String?

    public init(name: String? = nil, kind: String? = nil) {
        self.name = name
        self.kind = kind
    }
}

/// A piece of the source the importer could not place, and where it was.
public struct ImportedNote: Sendable, Equatable {
    /// The 1-based source line it starts on.
    public var line: Int
    public var text: String
    /// Which of the documents imported together it comes from (0 for the first, or the only one).
    public var source: Int

    public init(line: Int, text: String, source: Int = 0) {
        self.line = line
        self.text = text
        self.source = source
    }
}
