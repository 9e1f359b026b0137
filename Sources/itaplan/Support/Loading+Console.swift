import ArgumentParser
import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanReport

// The library's loaders, given what only the process knows (its working
// folder), and the broken-model stop that prints.

extension PlanLoading {
    init(_ paths: [String], today: CivilDate) throws {
        try self.init(paths, today: today, currentDirectory: FileManager.default.currentDirectoryPath)
    }
}

extension YearModelLoading {
    static func workingTree(near path: String?) throws -> YearModelLoading {
        try workingTree(near: path, currentDirectory: FileManager.default.currentDirectoryPath)
    }

    /// The models of the repository here, or the command stops saying why (exit 2).
    static func here(language: Language) throws -> YearModelLoading {
        do {
            return try workingTree(near: nil)
        } catch {
            throw Console.fail(error, language: language)
        }
    }

    /// Prints the broken model files' findings like a compiler and stops
    /// with exit status 1: no command runs on numbers nobody can read.
    func stopIfBroken(language: Language) throws {
        guard !broken.isEmpty else { return }
        Console.err(TextFindingsReporter(language: language).render(ValidationRun(files: broken.map(\.asCheckedFile))))
        throw ExitStatus.findings
    }
}

extension RepositoryYearModels.Broken {
    /// Prints the findings and gives exit status 1.
    func report(language: Language) -> ExitCode {
        Console.err(TextFindingsReporter(language: language).render(ValidationRun(files: files.map(\.asCheckedFile))))
        return ExitStatus.findings
    }
}

extension RecordedLoading {
    /// `--recorded`: the dates of the repository around the working folder,
    /// in the zone days are shown in; says so on stderr when there is no chain yet.
    static func here(catalog: ITAYearCatalog, plansDirectory: String, language: Language) throws -> RecordedLoading {
        let loaded = try load(from: FileManager.default.currentDirectoryPath, catalog: catalog,
                              plansDirectory: plansDirectory, timeZone: Clock.displayZone)
        if let note = loaded.note(in: language) { Console.err("itaplan: " + note + "\n") }
        return loaded
    }
}
