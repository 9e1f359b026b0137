import ArgumentParser
import Foundation
import ITAPlanCore

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a JSON Schema: of the plan format (for editors and other validators), or of the JSON output.",
        discussion: """
            schema/plan.schema.json in the repository is the output of `itaplan schema`; plan files point \
            editors at it. `status` and `findings` print the schemas of `status --format json` and \
            `validate --format json` (schema/status.schema.json, schema/findings.schema.json), which are \
            compiled into itaplan.
            """)

    enum Name: String, CaseIterable, ExpressibleByArgument {
        case plan, status, findings
    }

    @Argument(help: "Which schema: \(Name.allCases.map(\.rawValue).joined(separator: ", ")).")
    var name: Name = .plan

    func run() throws {
        switch name {
        case .plan:
            Console.out(PlanJSONSchema.document().rendered())
        case .status, .findings:
            let file = "schema/\(name.rawValue).schema.json"
            guard let data = EmbeddedResources.core.data(file) else {
                throw Console.fail(UsageProblem.builtWithout(file: file),
                                   language: Language(localeEnvironment: Console.environment))
            }
            FileHandle.standardOutput.write(data)
        }
    }
}
