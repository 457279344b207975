/// `privacy inzage NUMMER [--formaat md|html|json]`: everything the database holds about a student that the
/// student may see, as one document; logged in `privacy log`.
struct PrivacyDisclosure: Command {
    enum Format: String, CaseIterable {
        case markdown = "md"
        case html
        case json
    }

    static let spec = CommandSpec(
        "inzage", group: "privacy", aliases: ["access"],
        summary: Localized(
            nl:
                "Alles wat de database over een leerling bewaart en wat de leerling (vanaf 16 jaar ook de ouders) mag inzien, als één document: leerlinggegevens, loopbaandossier, doorstroom en de tabellen van netwerkmodules; zonder vertrouwelijke werkaantekeningen",
            en:
                "Everything the database holds about a student that the student (from 16 also the parents) may see, as one document: roster data, career document, doorstroom and the network modules' tables; without confidential working notes"
        ),
        positionals: [
            Positional("nummer", .studentNumber, help: Localized(nl: "Het leerlingnummer", en: "The student number"))
        ],
        flags: [
            Flag(
                "formaat", aliases: ["format"], .choice(Format.allCases.map(\.rawValue)),
                help: Localized(nl: "Het formaat (standaard md)", en: "The format (default md)")),
            SharedFlags.author,
        ],
        examples: [
            Example(
                "privacy inzage 1042 > inzage-1042.md",
                Localized(nl: "Het inzageverzoek van 1042 als Markdown", en: "1042's access request as Markdown")),
            Example(
                "privacy inzage 1042 --formaat html > inzage-1042.html",
                Localized(nl: "Als webpagina, om af te drukken of te mailen", en: "As a web page, to print or mail")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let number = arguments.text("nummer") ?? ""
        let store = try context.store()
        guard let disclosure = try StudentDisclosure(number: number, in: store, today: context.today) else {
            throw LOBError(.failed, Message(.unknownStudent, number), at: arguments.span("nummer"))
        }
        let text: String
        switch arguments.text("formaat").flatMap(Format.init(rawValue:)) ?? .markdown {
        case .markdown: text = disclosure.document(context.language).markdown(language: context.language)
        case .html: text = disclosure.document(context.language).html(language: context.language)
        case .json: text = try disclosure.json()
        }
        try context.logAudit(.disclosure, what: "leerling \(number)", count: disclosure.rowCount, arguments: arguments)
        return .text(text)
    }
}
