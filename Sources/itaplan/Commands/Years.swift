import ArgumentParser
import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanReport

extension YearModelWriter.Format: ExpressibleByArgument {}

/// `itaplan years`: the assessment years this run knows, where each model
/// comes from and how sure it is; `years show` prints one, ready to copy.
struct Years: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the ITA years known, where each model comes from and how sure each fact is.",
        discussion: """
            A plan repository corrects or adds a year with ita-years/<year>.yaml at its root \
            (start from `itaplan years show <year> --format yaml`); see docs/year-models.md. \
            Exit status: 0, 1 when a repository model file has errors, 2 usage or I/O error.
            """,
        subcommands: [List.self, Show.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the years known.")

        @OptionGroup var lang: LanguageOptions

        func run() throws {
            let language = lang.language
            let models = try YearModelLoading.here(language: language)
            Console.out(YearListRenderer(language: language).render(models.catalog))
            try models.stopIfBroken(language: language)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print one year's model in the repository format, ready to save as ita-years/<year>.yaml.")

        @Argument(help: ArgumentHelp("The assessment year, Buddhist Era (e.g. 2569 or ๒๕๖๙).", valueName: "year"))
        var yearText: String

        /// The year as typed, Thai digits too; a Gregorian year is a usage error that says so.
        var year: Int { Int(ThaiDigits.toArabic(yearText)) ?? 0 }

        func validate() throws {
            let language = lang.language
            guard let typed = Int(ThaiDigits.toArabic(yearText)) else {
                throw UsageProblem.notAYear(typed: yearText).usageError(in: language)
            }
            if (1900...2200).contains(typed) { throw UsageProblem.christianEraYear(typed).usageError(in: language) }
            if !(2400...2900).contains(typed) { throw UsageProblem.notAnITAYear(typed).usageError(in: language) }
        }

        @Option(help: "Output format: yaml or json.")
        var format: YearModelWriter.Format = .yaml

        @OptionGroup var lang: LanguageOptions

        func run() throws {
            let language = lang.language
            let models = try YearModelLoading.here(language: language)
            // A broken file of the repository's is left out, not fatal: `years show
            // 2569 > ita-years/2569.yaml` creates that file empty before this runs.
            for file in models.broken where !file.source.text.bytes.isEmpty {
                Console.err("itaplan: " + YearModelLoading.notUsed(file.source.path, in: language) + "\n")
            }
            guard let model = models.catalog.model(for: year) else {
                Console.err("itaplan: " + Message.noYearModel(year, known: models.catalog.years)
                    .text(in: language) + "\n")
                throw ExitStatus.usageOrIO
            }
            Console.out(YearModelWriter.text(model, format: format))
        }
    }
}
