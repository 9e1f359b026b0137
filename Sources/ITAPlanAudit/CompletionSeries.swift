import Foundation
import ITAPlanCore
import ITAPlanGit

/// Completion over time for the report's chart: one point per day (the
/// day's last commit), from the git history of the plans folder.
public enum CompletionSeries {
    public typealias Point = (day: CivilDate, completion: Completion)

    /// The series of the repository that holds `folder`; nil when it has
    /// no commits yet. Throws when there is no repository or its history is
    /// cut short (`HistoryBuilder.Failure.shallow`): the caller says why
    /// there is no chart.
    public static func daily(repositoryAt folder: String, catalog: ITAYearCatalog, plansDirectory: String,
                             timeZone: TimeZone) throws -> [Point]? {
        let repository = try GitRepository(discoveringFrom: folder)
        guard !repository.isEmpty else { return nil }
        let history = try HistoryBuilder(repository: repository, catalog: catalog, plansDirectory: plansDirectory,
                                         timeZone: timeZone).build()
        return daily(history)
    }

    /// A history's points, keeping each day's last.
    public static func daily(_ history: PlanHistory) -> [Point] {
        var byDay: [Point] = []
        for point in history.series {
            if byDay.last?.day == point.day { byDay.removeLast() }
            byDay.append((point.day, point.completion))
        }
        return byDay
    }
}
