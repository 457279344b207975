import ArgumentParser

/// The process's own options; everything after the script name goes to the script as `name=value`.
struct LobshOptions: ParsableArguments {
    @Option(name: .customShort("c"), help: "Commands to run.")
    var command: String?

    @Option(name: .customLong("db"), help: "The database file.")
    var database: String?

    @Flag(name: .customLong("demo"), help: "An in-memory demo school.")
    var demo = false

    @Flag(name: .customLong("echo"), help: "Print each statement, after the prompt, before running it.")
    var echo = false

    @Option(name: [.customLong("tempo"), .customLong("pace")], help: "Wait MS milliseconds before each statement.")
    var tempo: Int?

    @Flag(name: [.customLong("rondleiding"), .customLong("tour")], help: "With --demo: the guided tour.")
    var tour = false

    @Flag(name: [.customLong("doorgaan"), .customLong("keep-going")], help: "Keep going after errors.")
    var keepGoing = false

    @Option(name: .customLong("lang"), help: "nl or en.")
    var language: String?

    @Flag(name: [.customLong("stil"), .customLong("quiet")], help: "No banner.")
    var quiet = false

    @Flag(name: [.customLong("geen-init"), .customLong("no-init")], help: "Do not run init.lob.")
    var noInit = false

    /// For benchmarks and tests: what Tab would offer at the end of a line, without a terminal.
    @Option(name: .customLong("complete"), help: "Print the completions of a line, one per line.")
    var complete: String?

    @Flag(name: .customLong("version"), help: "Print the version.")
    var version = false

    @Argument(parsing: .captureForPassthrough, help: "A script (or - for stdin) and its name=value parameters.")
    var script: [String] = []

    /// The long options, for did-you-mean on a mistyped one.
    static let longNames = [
        "db", "demo", "echo", "tempo", "pace", "rondleiding", "tour", "doorgaan", "keep-going", "lang", "stil", "quiet",
        "geen-init", "no-init", "version", "complete",
        "help",
    ]
}
