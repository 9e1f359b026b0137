import ArgumentParser
import ITAPlanCore

extension Language: ExpressibleByArgument {}

/// `--lang`, shared by every command that prints messages.
struct LanguageOptions: ParsableArguments {
    @Option(name: .customLong("lang"),
            help: "Language of messages: th or en (default: from LC_ALL, LC_MESSAGES or LANG).")
    var explicit: Language?

    var language: Language {
        explicit ?? Language(localeEnvironment: Console.environment)
    }
}
