/// `als VOORWAARDE { … } anders { … }` (alias `if … else`): a block when a condition holds; the parser reads
/// it, this command gives it help, examples and completion.
struct IfCondition: Command {
    static let spec = CommandSpec(
        "als", aliases: ["if"],
        summary: Localized(
            nl:
                "Voert een blok uit als een voorwaarde geldt (dezelfde vergelijkingen als waar), anders het anders-blok",
            en: "Runs a block when a condition holds (the same comparisons as waar), else the anders block"),
        positionals: [
            Positional(
                "voorwaarde", .text, .variadic(minimum: 3),
                help: Localized(
                    nl:
                        "waarde operator waarde (= != < <= > >= ~ !~), verbonden met en/of; een waarde is een woord ($weken, \"$klas\") of (pijplijn | aantal)",
                    en:
                        "value operator value (= != < <= > >= ~ !~), joined with en/of; a value is a word ($weken, \"$klas\") or (pipeline | aantal)"
                )),
            Positional(
                "blok", .text,
                help: Localized(
                    nl: "{ op dezelfde regel, opdrachten, }; daarna mag '} anders {' of '} anders als … {' volgen",
                    en: "{ on the same line, statements, }; then '} anders {' or '} anders als … {' may follow")),
        ],
        examples: [
            Example(
                "als (leerling lijst --klas H4A | aantal) > 20 { echo grote klas } anders { echo kleine klas }",
                Localized(nl: "Een getal uit een pijplijn vergelijken", en: "Comparing a number from a pipeline")),
            Example(
                "zet weken 6; als $weken > 4 en $weken <= 8 { echo tussen 4 en 8 weken }",
                Localized(nl: "Waarden vergelijken, met en", en: "Comparing values, with en (and)")),
            Example(
                "zet klas H4A; als \"$klas\" ~ H { echo havo } anders als \"$klas\" ~ V { echo vwo } anders { echo vmbo }",
                Localized(nl: "Een keten met anders als", en: "A chain with anders als (else if)")),
        ],
        usesStore: false,
        usage: Localized(
            nl: "als VOORWAARDE { … } [anders als VOORWAARDE { … }]… [anders { … }]",
            en: "if CONDITION { … } [else if CONDITION { … }]… [else { … }]")
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        throw LOBError.usage(.keywordInPipeline, "als", at: context.callSpan)
    }
}
