/// Which column each cell of a measures row holds, from the table's header
/// (repeated on every page), so a document with its columns in another
/// order, or with a column itaplan does not know, still reads right.
struct MeasureColumns: Sendable, Equatable {
    /// Per cell; nil for a column itaplan does not know, whose text is kept as notes.
    let order: [MeasureColumn?]

    static let standard = MeasureColumns(order: [.title, .steps, .responsible, .timeframe, .results, .recommendations])

    init(order: [MeasureColumn?]) {
        self.order = order
    }

    /// A header row: at least three cells naming known columns, more known
    /// than unknown, none twice, the title or the steps among them.
    init?(header filled: [String]) {
        let order = filled.map(MeasureColumn.init(label:))
        let known = order.compactMap { $0 }
        guard known.count >= 3, known.count > order.count - known.count, Set(known).count == known.count,
              known.contains(.title) || known.contains(.steps) else { return nil }
        self.order = order
    }

    var count: Int { order.count }
}
