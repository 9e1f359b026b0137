import ITAPlanCore

/// The report's charts, drawn as inline SVG by the tool itself: no script,
/// no font or library fetched from anywhere. Every text is XML-escaped.
struct SVGCharts {
    let dates: DateText
    let labels: ReportLabels

    static let width = 640.0
    private static let onTime = "#2e7d32", late = "#f9a825", overdueColour = "#c62828"
    private static let soon = "#1565c0", open = "#cfd8dc", ink = "#263238"

    // MARK: - Completion per measure

    /// One stacked bar per measure: done on time, done late, overdue, due soon, not yet due.
    func measures(_ status: PlanStatus) -> String {
        let rowHeight = 26.0
        let left = 56.0
        let barWidth = Self.width - left - 90
        var body = ""
        for (row, measure) in status.measures.enumerated() {
            let y = 24 + Double(row) * rowHeight
            let c = measure.completion
            let total = max(c.total, 1)
            var x = left
            for (count, colour) in [(c.doneOnTime, Self.onTime), (c.doneLate, Self.late), (c.overdue, Self.overdueColour),
                                    (c.dueSoon, Self.soon), (c.notYetDue, Self.open)] where count > 0 {
                let w = barWidth * Double(count) / Double(total)
                body += rect(x: x, y: y, width: w, height: rowHeight - 8, fill: colour)
                x += w
            }
            body += text(dates.digits(measure.measure.id.value), x: left - 8, y: y + 13, anchor: "end")
            let percent = c.total == 0 ? "—" : dates.digits("\(Int((Double(c.done) * 100 / Double(c.total)).rounded()))%")
            body += text(dates.digits("\(c.done)/\(c.total)") + " " + percent, x: left + barWidth + 8, y: y + 13)
        }
        let height = 24 + Double(status.measures.count) * rowHeight + 30
        body += legend(y: height - 14)
        return svg(height: height, title: labels.completionPerMeasure, body: body)
    }

    private func legend(y: Double) -> String {
        let items = [(Self.onTime, ItemState.doneOnTime), (Self.late, .doneLate), (Self.overdueColour, .overdue),
                     (Self.soon, .dueSoon), (Self.open, .notYetDue)]
        var x = 8.0
        var out = ""
        for (colour, state) in items {
            out += rect(x: x, y: y - 9, width: 10, height: 10, fill: colour)
            let words = state.text(in: dates.language)
            out += text(words, x: x + 14, y: y, size: 11)
            x += 24 + Double(DisplayWidth.of(words)) * 6.5
        }
        return out
    }

    // MARK: - Overdue timeline

    /// The fiscal year left to right; a dot at each open or late item's
    /// deadline, on its measure's row; a line at the as-of date.
    func timeline(_ status: PlanStatus) -> String {
        let left = 56.0, right = 16.0, top = 28.0, rowHeight = 22.0
        let span = Double(status.fiscalYear.start.days(to: status.fiscalYear.end))
        let plotWidth = Self.width - left - right
        func x(_ day: CivilDate) -> Double {
            left + plotWidth * min(max(Double(status.fiscalYear.start.days(to: day)) / span, 0), 1)
        }
        let rows = Double(status.measures.count)
        let bottom = top + rows * rowHeight
        var body = ""
        for month in status.fiscalYear.months {
            let first = CivilDate(year: month.year, month: month.month, day: 1)!
            body += line(x1: x(first), y1: top - 6, x2: x(first), y2: bottom, colour: "#eceff1")
            let name = dates.language == .thai ? ThaiMonths.abbreviations[month.month - 1] : ThaiMonths.english[month.month - 1]
            body += text(name, x: x(first) + 2, y: top - 10, size: 10)
        }
        for (row, measure) in status.measures.enumerated() {
            let y = top + Double(row) * rowHeight + rowHeight / 2
            body += text(dates.digits(measure.measure.id.value), x: left - 8, y: y + 4, anchor: "end")
            body += line(x1: left, y1: y, x2: Self.width - right, y2: y, colour: "#f5f5f5")
            for step in measure.steps {
                for item in step.instances where [.overdue, .dueSoon, .doneLate].contains(item.state) {
                    let colour = item.state == .overdue ? Self.overdueColour : item.state == .dueSoon ? Self.soon : Self.late
                    let tip = "\(dates.digits(step.step.id.value)) · \(item.state.text(in: dates.language)) · "
                        + dates.day(item.instance.due)
                    body += "<circle cx=\"\(f(x(item.instance.due)))\" cy=\"\(f(y))\" r=\"6\" fill=\"\(colour)\">"
                        + "<title>\(Self.escape(tip))</title></circle>"
                }
            }
        }
        let now = x(status.asOf)
        body += line(x1: now, y1: top - 4, x2: now, y2: bottom + 4, colour: Self.ink, dash: true)
        body += text(dates.day(status.asOf), x: now, y: bottom + 18, size: 11, anchor: "middle")
        body += dotLegend(y: bottom + 38)
        return svg(height: bottom + 48, title: labels.overdueTimeline, body: body)
    }

    /// What the timeline's three colours of dot mean.
    private func dotLegend(y: Double) -> String {
        var x = 8.0
        var out = ""
        for (colour, state) in [(Self.overdueColour, ItemState.overdue), (Self.soon, .dueSoon), (Self.late, .doneLate)] {
            out += "<circle cx=\"\(f(x + 5))\" cy=\"\(f(y - 4))\" r=\"5\" fill=\"\(colour)\"/>"
            let words = state.text(in: dates.language)
            out += text(words, x: x + 14, y: y, size: 11)
            x += 24 + Double(DisplayWidth.of(words)) * 6.5
        }
        return out
    }

    // MARK: - Indicators against the pass mark

    func indicators(_ status: PlanStatus, passMark: Double?) -> String {
        let left = 200.0, rowHeight = 24.0, right = 60.0
        let plotWidth = Self.width - left - right
        var body = ""
        for (row, indicator) in status.byIndicator.enumerated() {
            let y = 10 + Double(row) * rowHeight
            let score = indicator.score ?? 0
            body += rect(x: left, y: y, width: plotWidth, height: rowHeight - 8, fill: "#eceff1")
            body += rect(x: left, y: y, width: plotWidth * min(max(score, 0), 100) / 100, height: rowHeight - 8,
                         fill: indicator.belowPassMark ? Self.overdueColour : Self.onTime)
            let name = TextTable.truncate(dates.number(indicator.number) + " " + indicator.name, to: 30)
            body += text(name, x: left - 8, y: y + 12, size: 11, anchor: "end")
            body += text(dates.digits(DecimalText.format(score, places: 2)), x: left + plotWidth + 6, y: y + 12, size: 11)
        }
        let bottom = 10 + Double(status.byIndicator.count) * rowHeight
        if let passMark {
            let px = left + plotWidth * passMark / 100
            body += line(x1: px, y1: 4, x2: px, y2: bottom, colour: Self.ink, dash: true)
            body += text(labels.passMark + " " + dates.digits(DecimalText.format(passMark, places: 2)),
                         x: px, y: bottom + 14, size: 11, anchor: "middle")
        }
        return svg(height: bottom + 24, title: labels.indicatorsAgainstPassMark, body: body)
    }

    // MARK: - Completion over time

    /// Done of due so far (solid) and done of the year (dashed), one point
    /// per commit, oldest first, evenly spaced: commits of one day stay
    /// apart, and dates that go backwards cannot fold the line over itself.
    /// Each point is also a dot, so a single commit still shows.
    func history(_ points: [(day: CivilDate, completion: Completion)]) -> String {
        let left = 44.0, right = 16.0, top = 16.0, height = 200.0
        let plotWidth = Self.width - left - right
        guard let first = points.first?.day, let last = points.last?.day else {
            return svg(height: 40, title: labels.completionOverTime, body: text(labels.noHistory, x: 8, y: 24))
        }
        func x(_ index: Int) -> Double {
            points.count == 1 ? left + plotWidth / 2 : left + plotWidth * Double(index) / Double(points.count - 1)
        }
        func y(_ ratio: Double) -> Double { top + height * (1 - ratio) }
        var body = ""
        for percent in stride(from: 0, through: 100, by: 25) {
            let gy = y(Double(percent) / 100)
            body += line(x1: left, y1: gy, x2: Self.width - right, y2: gy, colour: "#eceff1")
            body += text(dates.digits("\(percent)%"), x: left - 6, y: gy + 4, size: 10, anchor: "end")
        }
        func coordinates(_ ratio: (Completion) -> Double?) -> [(x: Double, y: Double)] {
            points.enumerated().compactMap { index, point in ratio(point.completion).map { (x(index), y($0)) } }
        }
        for (colour, ratio, dash) in [(Self.onTime, { (c: Completion) in c.ratioOfDue }, ""),
                                      (Self.soon, { (c: Completion) in c.ratioOfYear }, " stroke-dasharray=\"5 3\"")] {
            let line = coordinates(ratio)
            body += "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"\(dash) points=\""
                + line.map { "\(f($0.x)),\(f($0.y))" }.joined(separator: " ") + "\"/>"
            body += line.map { "<circle cx=\"\(f($0.x))\" cy=\"\(f($0.y))\" r=\"3\" fill=\"\(colour)\"/>" }.joined()
        }
        body += text(dates.day(first), x: left, y: top + height + 16, size: 10)
        body += text(dates.day(last), x: Self.width - right, y: top + height + 16, size: 10, anchor: "end")
        body += line(x1: left, y1: top + height + 28, x2: left + 20, y2: top + height + 28, colour: Self.onTime)
        body += text(labels.doneOfDue, x: left + 26, y: top + height + 32, size: 11)
        body += line(x1: left + 200, y1: top + height + 28, x2: left + 220, y2: top + height + 28, colour: Self.soon, dash: true)
        body += text(labels.doneOfYear, x: left + 226, y: top + height + 32, size: 11)
        return svg(height: top + height + 40, title: labels.completionOverTime, body: body)
    }

    // MARK: - SVG pieces

    private func svg(height: Double, title: String, body: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(Self.width)) \(f(height))\" "
            + "width=\"100%\" role=\"img\" aria-label=\"\(Self.escape(title))\" class=\"chart\">"
            + "<title>\(Self.escape(title))</title>" + body + "</svg>"
    }

    private func rect(x: Double, y: Double, width: Double, height: Double, fill: String) -> String {
        "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(width))\" height=\"\(f(height))\" fill=\"\(fill)\"/>"
    }

    private func line(x1: Double, y1: Double, x2: Double, y2: Double, colour: String, dash: Bool = false) -> String {
        "<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(colour)\""
            + (dash ? " stroke-dasharray=\"4 3\"" : "") + "/>"
    }

    private func text(_ content: String, x: Double, y: Double, size: Int = 12, anchor: String = "start") -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" font-size=\"\(size)\" text-anchor=\"\(anchor)\" fill=\"\(Self.ink)\">"
            + Self.escape(content) + "</text>"
    }

    private func f(_ value: Double) -> String {
        DecimalText.trimmed(value, maxPlaces: 1)
    }

    /// XML text and attribute escaping, after `SafeText.markup` (XML allows
    /// no control characters, and a bidi override would reorder a label).
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in SafeText.markup(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
