import Foundation

/// One lobsh session: the registry, the store, variables and settings, and where output goes.
///
/// A session runs sources (a script, a `-c` argument, a typed line): each statement is bound against
/// the registry and run as one transaction. LOBKit never prints; output goes to the sink.
public final class Session {
    public let registry: CommandRegistry
    public let output: any OutputSink
    public var language: UILanguage
    /// Colours in rendered tables (lobsh decides: stdout is a terminal, no `NO_COLOR`).
    public var colour: Bool
    /// Colours in errors (stderr is a terminal, no `NO_COLOR`).
    public var diagnosticColour: Bool
    /// Whether lobsh's standard error is a terminal (lobsh sets it from `isatty`): progress shows only there.
    public var diagnosticsAreTerminal = false
    /// Go on after a failing statement (`--doorgaan`).
    public var keepGoing: Bool
    /// Called with each statement's text before it runs (`--echo`).
    public var echo: ((String) -> Void)?
    /// Ctrl-C: lobsh's signal watcher sets it from another thread; the running statement stops.
    public let interruption = Interruption()
    /// The history file, when lobsh keeps one (interactive sessions), for `geschiedenis`.
    public var historyFile: CommandHistory?
    /// Set by `stop`/`exit`: no further statements run.
    public private(set) var stopRequested = false
    /// The exit code `stop N` asked for.
    public private(set) var requestedExitCode: Int32 = 0

    /// Whether lobsh's standard output is a terminal (lobsh sets it from `isatty`); scripts writing
    /// to a pipe or a file leave it false. Confidential text is shown only on a terminal.
    public var outputIsTerminal = false
    /// Opens an editor on a text and returns the edited text, nil when editing failed. lobsh sets it at the
    /// interactive prompt (`$VISUAL`/`$EDITOR`); it is nil in scripts, where nothing may wait for a person.
    public var textEditor: ((String) -> String?)?

    /// Roll back every statement's transaction instead of committing it: a dry run that changes nothing
    /// in the database (files a command writes are still written).
    public var dryRun = false

    /// The folders `recepten` and `recept` look in, earliest first: a recipe there hides one of the same name
    /// in a later folder. lobsh decides them (`RecipeBook.defaultFolders`); a session on its own has none.
    public var recipeFolders: [String] = []

    /// The recipes in `recipeFolders`.
    public var recipeBook: RecipeBook { RecipeBook(folders: recipeFolders, parser: parser) }

    /// The folder relative paths start from (the process's working directory unless set).
    public var workingDirectory: String = FileManager.default.currentDirectoryPath

    /// Whether the store is the in-memory demo school (lobsh sets it for `--demo`); only then may
    /// `demo herstel` replace it.
    public var isDemo = false
    /// How output looks on the screen (`zet thema presentatie`).
    public var theme = Theme.standard
    /// Whether lobsh can walk through the tour (a prompt or a pipe to read answers from); without it,
    /// `rondleiding` lists the steps.
    public var drivesTour = false
    /// The tour step (from 0) a resumed `rondleiding` starts at; lobsh moves it on.
    public var tourPosition = 0
    /// Set by `rondleiding`: the step the tour should start at once the statement ends.
    var requestedTourStep: Int?

    var variables: [String: String] = [:]
    /// The rows of the `voor` loops running now, by their variable's name (`rij` in `$rij.klas`).
    var rowVariables: [String: Record] = [:]
    /// The usage line of each script running now, innermost last, for `vereis`'s message.
    var scriptUsages: [String] = []
    private let openStore: (LOBDate) throws(LOBError) -> Store
    private var openedStore: Store?
    var activeTransaction: StoreTransaction?
    /// Scripts being run through `bron`, innermost last, to refuse a script that includes itself.
    var scriptStack: [String] = []
    /// A clock that tests and recipes can fix through `zet vandaag`.
    let today: () -> LOBDate

    public init(
        registry: CommandRegistry, output: any OutputSink, language: UILanguage = .dutch,
        today: @escaping () -> LOBDate = LOBDate.today, openStore: @escaping (LOBDate) throws(LOBError) -> Store
    ) {
        self.registry = registry
        self.output = output
        self.language = language
        self.colour = false
        self.diagnosticColour = false
        self.keepGoing = false
        self.today = today
        self.openStore = openStore
    }

    /// The store, opened on first use so that `echo hoi` never touches a database.
    ///
    /// `openStore` gets the session's today, for the demo school.
    public func store() throws(LOBError) -> Store {
        if let openedStore { return openedStore }
        // The demo school's dates follow `$vandaag`, so that a recipe that fixes the date fixes the demo.
        let store = try openStore(variable("vandaag").flatMap(LOBDate.init(parsing:)) ?? today())
        openedStore = store
        interruption.attach(store)
        return store
    }

    /// Replaces the demo school by a fresh one, as it was at the start (`demo herstel`).
    ///
    /// Refused unless the session is the demo (`isDemo`): a real database is never replaced. Variables and
    /// settings stay; the new school's dates follow `$vandaag` as the first one's did.
    public func resetStore() throws(LOBError) {
        guard isDemo else { throw LOBError(.failed, Message(.demoResetOnlyInDemo)) }
        guard activeTransaction == nil else { throw LOBError(.failed, Message(.demoResetInsideStatement)) }
        let store = try openStore(variable("vandaag").flatMap(LOBDate.init(parsing:)) ?? today())
        openedStore = store
        interruption.attach(store)
    }

    /// The tour step `rondleiding` asked to start at, once; nil when it did not ask.
    public func takeTourRequest() -> Int? {
        defer { requestedTourStep = nil }
        return requestedTourStep
    }

    /// Sets a variable, as `zet` and recipe parameters do.
    public func setVariable(_ name: String, _ value: String) {
        variables[name] = value
    }

    /// A variable's value: set ones first, then the built-ins `vandaag` and `schooljaar`.
    public func variable(_ name: String) -> String? {
        if let value = variables[name] { return value }
        switch name {
        case "vandaag", "today": return today().description
        case "schooljaar", "schoolyear": return currentSchoolYear.description
        default: return nil
        }
    }

    /// The current school year: from `$vandaag` (which a recipe may have fixed).
    public var currentSchoolYear: SchoolYear {
        if let fixed = variables["schooljaar"], let year = SchoolYear(parsing: fixed) { return year }
        if let fixed = variables["vandaag"], let date = LOBDate(parsing: fixed) { return date.schoolYear }
        return today().schoolYear
    }

    /// All variable names, for `zet` without arguments and for completion.
    public var variableNames: [String] {
        Array(Set(variables.keys).union(["vandaag", "schooljaar"])).sorted()
    }

    /// Asks the session to stop after the current statement.
    func requestStop(exitCode: Int32) {
        stopRequested = true
        requestedExitCode = exitCode
    }

    /// The parser for this registry's expression commands.
    public var parser: Parser { Parser(expressionCommands: registry.expressionCommandNames) }
}
