import Foundation

/// JSON compared by content: the same values, whatever the layout (key
/// order, spacing, escapes), so a change of layout between itaplan versions
/// is not a difference and a change of any value always is.
enum JSONContent {
    /// Whether both are JSON with equal values; false when either is not JSON.
    static func equal(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        if lhs == rhs { return true }
        guard let left = try? JSONSerialization.jsonObject(with: Data(lhs), options: [.fragmentsAllowed]),
              let right = try? JSONSerialization.jsonObject(with: Data(rhs), options: [.fragmentsAllowed]) else {
            return false
        }
        return equal(left, right)
    }

    private static func equal(_ lhs: Any, _ rhs: Any) -> Bool {
        switch (lhs, rhs) {
        case let (left as String, right as String):
            return left == right
        case let (left as [String: Any], right as [String: Any]):
            return left.count == right.count && left.allSatisfy { key, value in
                right[key].map { equal(value, $0) } ?? false
            }
        case let (left as [Any], right as [Any]):
            return left.count == right.count && zip(left, right).allSatisfy { equal($0, $1) }
        case (is NSNull, is NSNull):
            return true
        case let (left as NSNumber, right as NSNumber):
            return isBoolean(left) == isBoolean(right) && left == right
        default:
            return false
        }
    }

    /// JSON's true and false are not the numbers 1 and 0.
    private static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }
}
