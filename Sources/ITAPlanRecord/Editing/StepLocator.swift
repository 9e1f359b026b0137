import ITAPlanCore
import ITAPlanYAML

/// The YAML nodes of a plan's steps, found by id, as the reader located them.
struct LocatedStep {
    /// The step's mapping.
    let node: YAMLNode
    /// The `steps:` key and its sequence, which show how this file indents a list under a key.
    let stepsKey: YAMLNode
    let steps: YAMLNode
    /// The `progress:` key and value, when the step has one.
    let progress: YAMLNode.Pair?
}

enum StepLocator {
    /// Every step with its id (Thai digits made Arabic), in file order.
    static func steps(in root: YAMLNode) -> [(id: String, step: LocatedStep)] {
        var found: [(String, LocatedStep)] = []
        guard let measures = value("measures", in: root)?.sequence else { return [] }
        for measure in measures {
            guard let pair = pair("steps", in: measure), let steps = pair.value.sequence else { continue }
            for step in steps {
                guard let id = value("id", in: step)?.scalar?.text else { continue }
                found.append((ThaiDigits.toArabic(id).trimmed,
                              LocatedStep(node: step, stepsKey: pair.key, steps: pair.value,
                                          progress: self.pair("progress", in: step))))
            }
        }
        return found
    }

    static func pair(_ key: String, in node: YAMLNode) -> YAMLNode.Pair? {
        node.mapping?.first { $0.key.scalar?.text == key }
    }

    static func value(_ key: String, in node: YAMLNode) -> YAMLNode? {
        pair(key, in: node)?.value
    }

    /// The first block-style `progress:` list in the file with an entry:
    /// how this file lays out progress records.
    static func progressExample(in root: YAMLNode) -> (key: YAMLNode, list: YAMLNode, item: YAMLNode)? {
        for (_, step) in steps(in: root) {
            guard let progress = step.progress, !progress.value.isFlow,
                  let first = progress.value.sequence?.first, first.mapping != nil else { continue }
            return (progress.key, progress.value, first)
        }
        return nil
    }
}
