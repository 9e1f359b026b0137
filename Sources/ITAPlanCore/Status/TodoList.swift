/// What is someone's to do on a day: every instance overdue or due soon,
/// across plans, oldest deadline first.
public struct TodoItem: Sendable {
    public let path: String
    public let status: PlanStatus
    public let measure: MeasureStatus
    public let step: StepStatus
    public let item: InstanceStatus
}

public enum TodoList {
    /// `statuses` computed with the due-soon window the list should use;
    /// `unit` (nil for everyone) as `PlanStatus.filtered(unit:)` reads it.
    public static func items(_ statuses: [PlanStatus], unit: String?) -> [TodoItem] {
        var items: [(order: Int, item: TodoItem)] = []
        for plan in statuses {
            let status = unit.map { plan.filtered(unit: $0) } ?? plan
            for row in status.items where row.item.state == .overdue || row.item.state == .dueSoon {
                items.append((items.count, TodoItem(path: status.path, status: status, measure: row.measure,
                                                    step: row.step, item: row.item)))
            }
        }
        // Oldest deadline first; plan order where deadlines tie.
        return items.sorted { ($0.item.item.instance.due, $0.order) < ($1.item.item.instance.due, $1.order) }.map(\.item)
    }
}
