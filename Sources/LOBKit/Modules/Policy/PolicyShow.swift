/// `beleid toon [--schooljaar] [--formaat tekst|md]`: the policy that holds in a school year, as one document.
struct PolicyShow: Command {
    static let spec = CommandSpec(
        "toon", group: "beleid", aliases: ["show"],
        summary: Localized(
            nl: "Toont het LOB-beleid van een schooljaar als één document",
            en: "Shows a school year's LOB policy as one document"),
        flags: [
            SharedFlags.schoolYear,
            Flag(
                "formaat", aliases: ["format"], .choice(PolicyDocument.Format.allCases.map(\.rawValue)),
                help: Localized(
                    nl: "tekst (standaard) of md (Markdown, voor een website of document)",
                    en: "tekst (plain text, the default) or md (Markdown, for a website or document)")),
        ],
        examples: [
            Example("beleid toon", Localized(nl: "Het beleid van dit schooljaar", en: "This school year's policy")),
            Example(
                "beleid toon --formaat md > lob-beleid.md",
                Localized(nl: "Als Markdown naar een bestand", en: "As Markdown to a file")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let format = arguments.text("formaat").flatMap(PolicyDocument.Format.init(rawValue:)) ?? .text
        let document = try PolicyDocument(
            store: context.store(), schoolYear: context.schoolYear(arguments))
        return .text(document.rendered(as: format, in: context.language))
    }
}
