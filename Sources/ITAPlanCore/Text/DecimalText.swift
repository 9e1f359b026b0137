/// Fixed-point text for scores and percentages, independent of any locale
/// (a locale could put a comma where the plan has a point).
public enum DecimalText {
    /// `value` rounded half away from zero to `places` decimals: 69.5852 → "69.59".
    /// Any value at all formats: one too large for fixed point (a plan may
    /// hold a 20-digit score) is shown in Swift's exact shortest form,
    /// `1e+20`, and infinity as `∞`, rather than overflowing an `Int`.
    public static func format(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
        let places = min(max(places, 0), 6)
        guard abs(value) < largestFixed else { return String(value) }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        let whole = Int(scaled / scale)
        let fraction = Int(scaled - Double(whole) * scale)
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard places > 0 else { return "\(sign)\(whole)" }
        let digits = String(fraction)
        return "\(sign)\(whole)." + String(repeating: "0", count: max(0, places - digits.count)) + digits
    }

    /// Below this, `value × 10⁶` still fits an `Int` exactly enough.
    static let largestFixed = 1e12

    /// The shortest text that keeps `value` to at most `maxPlaces` decimals: 85.0 → "85".
    public static func trimmed(_ value: Double, maxPlaces: Int = 4) -> String {
        var text = format(value, places: maxPlaces)
        guard text.contains("."), !text.contains("e") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
