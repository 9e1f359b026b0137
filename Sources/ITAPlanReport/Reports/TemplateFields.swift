import Mustache

/// Lets templates name fields exactly as `report --format json` shows them
/// (snake_case), looking up the Swift property of the same name in camelCase.
public protocol TemplateFields: MustacheParent {}

extension TemplateFields {
    public func child(named name: String) -> Any? {
        let property = Self.camelCase(name)
        guard let value = Mirror(reflecting: self).children.first(where: { $0.label == property })?.value else {
            return nil
        }
        // An Optional inside `Any` would count as a value even when nil.
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }

    static func camelCase(_ name: String) -> String {
        var result = ""
        var upperNext = false
        for character in name {
            if character == "_" {
                upperNext = true
            } else {
                result.append(upperNext ? Character(character.uppercased()) : character)
                upperNext = false
            }
        }
        return result
    }
}

extension ReportContext: TemplateFields {}
extension PlanReport: TemplateFields {}
extension Headline: TemplateFields {}
extension ITAReport: TemplateFields {}
extension ToolGroup: TemplateFields {}
extension IndicatorRow: TemplateFields {}
extension IndicatorReport: TemplateFields {}
extension MeasureReport: TemplateFields {}
extension StepReport: TemplateFields {}
extension ItemReport: TemplateFields {}
extension UnitReport: TemplateFields {}
extension Charts: TemplateFields {}
extension HistoryReport: TemplateFields {}
extension ReportLabels: TemplateFields {}
extension RecordedSection: TemplateFields {}
extension RecordedItemReport: TemplateFields {}
