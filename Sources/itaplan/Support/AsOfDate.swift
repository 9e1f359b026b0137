import ArgumentParser
import Foundation
import ITAPlanCore

/// `--as-of`: a day (2021-03-31, 2564-03-31, 31 มี.ค. 2564) or an instant
/// (2021-03-31T17:30:00Z), which counts as the Bangkok day it falls on.
/// Parsing never fails here, so that a bad value is reported as validate
/// reports a bad date, in the user's language (`day(in:)`), and not in the
/// argument parser's English.
struct AsOfDate: ExpressibleByArgument {
    private let parsed: Result<CivilDate, Problem>

    struct Problem: Error {
        let message: Message
    }

    init?(argument: String) {
        switch DateParsing.parse(argument) {
        case .date(let date):
            parsed = .success(date)
        case .impossible:
            parsed = .failure(Problem(message: .impossibleDate(key: "--as-of", text: argument)))
        case .unreadable:
            if let instant = ISO8601DateFormatter().date(from: argument) {
                parsed = .success(CivilDate(instant, in: CivilDate.bangkok))
            } else {
                parsed = .failure(Problem(message: .unreadableDate(key: "--as-of", text: argument)))
            }
        }
    }

    /// The day, or the message (exit status 2) when the value is no day.
    func day(in language: Language) throws -> CivilDate {
        switch parsed {
        case .success(let date): return date
        case .failure(let problem):
            Console.err("itaplan: " + problem.message.text(in: language) + "\n")
            throw ExitStatus.usageOrIO
        }
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
