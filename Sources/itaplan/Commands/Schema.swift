import ArgumentParser
import ITAPlanCore

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the JSON Schema of the plan format, for editors and other validators.",
        discussion: "schema/plan.schema.json in the repository is this output; plan files point editors at it.")

    func run() throws {
        Console.out(PlanJSONSchema.document().rendered())
    }
}
