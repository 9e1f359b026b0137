/// Placeholder until the PDF reader lands.
enum PDFLayoutText {
    static func rows(_ text: String) -> (rows: [TableRow], places: SourcePlaces) {
        let rows = SourceLines.split(text).map(TableRow.init)
        return (rows, SourcePlaces())
    }
}
