import ArgumentParser
import Foundation
import ITAPlanCore

/// `--as-of`: a day (2021-03-31, 2564-03-31, 31 มี.ค. 2564) or an instant
/// (2021-03-31T17:30:00Z), which counts as the Bangkok day it falls on.
struct AsOfDate: ExpressibleByArgument {
    let date: CivilDate

    init?(argument: String) {
        switch DateParsing.parse(argument) {
        case .date(let date):
            self.date = date
        case .impossible, .unreadable:
            let formatter = ISO8601DateFormatter()
            guard let instant = formatter.date(from: argument) else { return nil }
            date = CivilDate(instant, in: CivilDate.bangkok)
        }
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
