/// `tevredenheid opmerking-deelbaar NUMMER… [--niet]`: marks comments as shareable (quotable in the yearly report,
/// without names), or no longer.
struct SatisfactionCommentShareable: Command {
    static let spec = CommandSpec(
        "opmerking-deelbaar", group: "tevredenheid", aliases: ["comment-shareable"],
        summary: Localized(
            nl: "Markeert opmerkingen als deelbaar: ze mogen (zonder namen) in het jaarverslag",
            en: "Marks comments as shareable: they may go (without names) into the yearly report"),
        positionals: [
            Positional(
                "nummer", .integer, .variadic(minimum: 1),
                help: Localized(
                    nl: "Het nummer van een opmerking (zie tevredenheid opmerkingen)",
                    en: "A comment's number (see tevredenheid opmerkingen)"))
        ],
        flags: [
            Flag.switch(
                "niet", aliases: ["not"],
                help: Localized(nl: "Markeert ze juist als niet deelbaar", en: "Marks them as not shareable instead"))
        ],
        examples: [
            Example(
                "tevredenheid opmerking-deelbaar 1 2",
                Localized(
                    nl: "Opmerkingen 1 en 2 mogen in het jaarverslag", en: "Comments 1 and 2 may go into the report")),
            Example(
                "tevredenheid opmerking-deelbaar 1 --niet",
                Localized(nl: "Opmerking 1 toch niet delen", en: "Do not share comment 1 after all")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let shareable = !arguments.isSet("niet")
        let spans = arguments.spans("nummer")
        for (index, value) in arguments.all("nummer").enumerated() {
            guard case .integer(let number) = value else { continue }
            guard try store.setSatisfactionCommentShareable(id: Int64(number), shareable) else {
                let span = index < spans.count ? spans[index] : arguments.callSpan
                throw LOBError(.failed, Message(.satisfactionUnknownComment, String(number)), at: span)
            }
        }
        let numbers = arguments.texts("nummer").joined(separator: ", ")
        let key: MessageKey = shareable ? .satisfactionCommentsShareable : .satisfactionCommentsNotShareable
        return .text(Message(key, numbers).text(context.language))
    }
}
