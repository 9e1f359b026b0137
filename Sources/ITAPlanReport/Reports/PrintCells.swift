import ITAPlanCore

/// The ผู้รับผิดชอบ and ระยะเวลาดำเนินการ cells of the official measures
/// table, which a plan can fill at two levels: the measure's own units and
/// timeframe text, and each step's. The published document has one cell per
/// measure, so step-level values are listed under the measure's, each naming
/// its step ("ขั้นตอนที่ ๒: กองคลัง") — unless every step says the same, when
/// one line says it for all.
struct PrintCells {
    let dates: DateText

    private var th: Bool { dates.language == .thai }

    /// How a step is named in the measure's cells: by its place in the steps
    /// column, which numbers steps 1, 2, 3… as the document does.
    func stepLabel(_ index: Int) -> String {
        th ? "ขั้นตอนที่ \(dates.number(index + 1))" : "step \(dates.number(index + 1))"
    }

    /// The measure's units, then the units of steps that name their own.
    func responsible(_ status: MeasureStatus) -> [String] {
        let measure = status.measure.responsible.map(\.value)
        let own = status.steps.enumerated().compactMap { index, step in
            step.step.responsible.isEmpty ? nil : (index, step.step.responsible.map(\.value).joined(separator: ", "))
        }
        return measure + perStep(own, stepCount: status.steps.count, shared: measure.isEmpty)
    }

    /// The timeframe as the plan words it where it does; otherwise the step
    /// schedules in words (รายเดือน, ภายใน ๓๑ ต.ค. ๒๕๖๙, ไตรมาสที่ ๒…).
    /// A measure whose timeframe text is written keeps it as the cell, and
    /// only the steps' own written timeframes are added under it.
    func timeframe(_ status: MeasureStatus) -> [String] {
        if let written = status.measure.timeframe?.value {
            let own = status.steps.enumerated().compactMap { index, step in
                step.step.timeframe.map { (index, $0.value) }
            }
            return [written] + perStep(own, stepCount: status.steps.count, shared: false)
        }
        let each = status.steps.enumerated().compactMap { index, step in
            stepTimeframe(step).map { (index, $0) }
        }
        return perStep(each, stepCount: status.steps.count, shared: true)
    }

    /// A step's timeframe: its own text, else its schedule (its own or the measure's) in words.
    func stepTimeframe(_ step: StepStatus) -> String? {
        step.step.timeframe?.value ?? step.schedule.map { $0.text(dates) }
    }

    /// Lines naming their steps; one unlabelled line when `shared` allows it
    /// and every step has the same value.
    private func perStep(_ values: [(Int, String)], stepCount: Int, shared: Bool) -> [String] {
        if shared, stepCount > 0, values.count == stepCount, let first = values.first?.1,
           values.allSatisfy({ $0.1 == first }) {
            return [first]
        }
        return values.map { "\(stepLabel($0.0)): \($0.1)" }
    }
}
