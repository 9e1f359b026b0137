/// Thai digits (๐๑๒๓๔๕๖๗๘๙, U+0E50–U+0E59) appear wherever numbers do in
/// Thai documents. `Int("๒๕๖๔")` is nil, so text is normalised first.
public enum ThaiDigits {
    private static let thaiZero: UInt32 = 0x0E50

    /// The text with every Thai digit replaced by its Arabic (ASCII) digit.
    public static func toArabic(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isThaiDigit) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isThaiDigit(scalar), let arabic = Unicode.Scalar(0x30 + scalar.value - thaiZero) {
                scalars.append(arabic)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// The text with every ASCII digit replaced by its Thai digit.
    public static func toThai(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar), let thai = Unicode.Scalar(thaiZero + scalar.value - 0x30) {
                scalars.append(thai)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    public static func isThaiDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x0E50...0x0E59).contains(scalar.value)
    }
}
