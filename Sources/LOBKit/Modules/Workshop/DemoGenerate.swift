import Foundation

/// `demo genereer` (alias `demo generate`): a new database with a generated school board, from one school to the
/// whole country, the same for the same seed; for benchmarks and for trying lobsh at scale.
///
/// It always writes a new file (`--db`, refused when it exists) and never touches the session's own database,
/// so it runs the same inside `lobsh --demo`. Progress shows on a terminal only.
struct DemoGenerate: Command {
    static let spec = CommandSpec(
        "genereer", group: "demo", aliases: ["generate"],
        summary: Localized(
            nl: "Maakt een nieuwe database met gegenereerde scholen, leerlingen en jaren geschiedenis",
            en: "Makes a new database with generated schools, students and years of history"),
        flags: [
            Flag(
                "leerlingen", aliases: ["students"], .integer,
                help: Localized(
                    nl: "Het aantal huidige leerlingen (verplicht)", en: "The number of current students (required)")),
            Flag(
                "scholen", aliases: ["schools"], .integer,
                help: Localized(
                    nl: "Het aantal vestigingen, elk met een eigen BRIN (standaard 1)",
                    en: "The number of vestigingen, each with its own BRIN (default 1)")),
            Flag(
                "schooljaren", aliases: ["schoolyears"], .integer,
                help: Localized(
                    nl: "Schooljaren geschiedenis, dit schooljaar meegeteld (standaard 6)",
                    en: "School years of history, this one included (default 6)")),
            Flag(
                "zaad", aliases: ["seed"], .integer,
                help: Localized(
                    nl: "Het zaad: hetzelfde zaad geeft dezelfde gegevens (standaard 1)",
                    en: "The seed: the same seed gives the same data (default 1)")),
            Flag(
                "db", .file,
                help: Localized(
                    nl: "Het nieuwe databasebestand (verplicht; mag nog niet bestaan)",
                    en: "The new database file (required; must not exist yet)")),
            Flag(
                "csv", .file,
                help: Localized(
                    nl: "Een map voor leerlingen.csv en doorstroom.csv met dezelfde gegevens",
                    en: "A folder for leerlingen.csv and doorstroom.csv with the same data")),
        ],
        examples: [
            Example(
                "demo genereer --leerlingen 300 --scholen 2 --schooljaren 3 --zaad 7 --db proef.sqlite",
                Localized(
                    nl: "Twee vestigingen met samen 300 leerlingen en drie schooljaren geschiedenis",
                    en: "Two vestigingen with 300 students together and three school years of history"))
        ],
        usesStore: false
    )

    static let maxStudents = 5_000_000
    static let maxSchoolYears = 10

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        guard let students = arguments.integer("leerlingen") else {
            throw LOBError.usage(.generateStudentsRequired, at: arguments.callSpan)
        }
        guard let path = arguments.text("db") else {
            throw LOBError.usage(.generateDatabaseRequired, at: arguments.callSpan)
        }
        let schools = arguments.integer("scholen") ?? 1
        let years = arguments.integer("schooljaren") ?? 6
        let seed = arguments.integer("zaad") ?? 1
        guard (1...Self.maxStudents).contains(students) else {
            throw LOBError.usage(
                .generateOutOfRange, "--leerlingen", "1", String(Self.maxStudents), at: arguments.span("leerlingen"))
        }
        guard (1...students).contains(schools) else {
            throw LOBError.usage(.generateOutOfRange, "--scholen", "1", String(students), at: arguments.span("scholen"))
        }
        guard (1...Self.maxSchoolYears).contains(years) else {
            throw LOBError.usage(
                .generateOutOfRange, "--schooljaren", "1", String(Self.maxSchoolYears),
                at: arguments.span("schooljaren"))
        }
        let resolved = context.resolvePath(path)
        guard !FileManager.default.fileExists(atPath: resolved) else {
            throw LOBError(.failed, Message(.generateDatabaseExists, path), at: arguments.span("db"))
        }
        let csv = try arguments.text("csv").map { folder throws(LOBError) in
            try GeneratedCSV(folder: context.resolvePath(folder))
        }
        let store = try Store.open(path: resolved, modules: context.session.registry.modules)
        let showsProgress = context.session.diagnosticsAreTerminal
        let generator = SchoolDataGenerator(
            plan: GenerationPlan(
                students: students, schools: schools, schoolYears: years, seed: UInt64(truncatingIfNeeded: seed),
                today: context.today),
            store: store, modules: context.session.registry.modules, csv: csv,
            progress: { done in
                guard showsProgress else { return }
                let line = Message(.generateProgress, String(done * 100 / students), String(done), String(students))
                context.session.output.diagnostic("\r" + line.text(context.language))
                if done == students { context.session.output.diagnostic("\n") }
            })
        let summary = try generator.run()
        return .text(
            Message(
                .generateDone, path, String(summary.schools), String(summary.students), String(summary.activities),
                String(summary.participations), String(summary.conversations), String(summary.alumni)
            ).text(context.language))
    }
}
