import Foundation
import ITAPlanCore

/// The one place itaplan reads the clock: today, as a Bangkok day.
enum Clock {
    static func today() -> CivilDate {
        CivilDate(Date(), in: CivilDate.bangkok)
    }
}
