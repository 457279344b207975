import LOBKit

/// `hoger opvolging [--klas] [--alle]`: the students whose studiekeuzecheck gave the advice `twijfel` or `negatief`
/// and who have had no conversation (of any kind, in `gesprek`) since the advice, with the `hoger nagesprek` line
/// that records one. `--alle` shows those who had one too, with its date.
struct HigherFollowUp: Command {
    static let columns = [
        "leerlingnummer", "naam", "klas", "mentor", "opleiding", "advies", "advies-datum", "dagen-sinds-advies",
        "nagesprek", "voorstel",
    ]

    static let spec = CommandSpec(
        "opvolging", group: "hoger", aliases: ["follow-up"],
        summary: Localized(
            nl:
                "Wie na een advies twijfel of negatief nog geen gesprek had, met het commando om het nagesprek vast te leggen",
            en:
                "Who had no conversation yet after the advice doubt or negative, with the command that records the follow-up"
        ),
        flags: [
            Flag(
                "klas", aliases: ["class"], .text,
                help: Localized(
                    nl: "Alleen leerlingen van deze klas, zoals H5A", en: "Only students of this class, such as H5A")),
            Flag.switch(
                "alle", aliases: ["all"],
                help: Localized(
                    nl: "Ook wie het nagesprek al had (met de datum)",
                    en: "Also those who had the follow-up (with its date)")),
        ],
        examples: [
            Example(
                "hoger opvolging", Localized(nl: "Wie nog een nagesprek nodig heeft", en: "Who still needs a follow-up")
            ),
            Example(
                "hoger opvolging --alle | kolommen naam advies nagesprek",
                Localized(nl: "Iedereen met twijfel of negatief", en: "Everyone with doubt or negative")),
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        var students = try context.store().finalYearStudents()
        if let className = VoHoLookup.trimmed(arguments.text("klas")) {
            students = try VoHoLookup.inClass(className, students, at: arguments.span("klas"))
        }
        let concerned = students.filter { $0.registration?.advice?.needsFollowUp == true }
        let open = concerned.filter { $0.followUp == nil }
        let shown = arguments.isSet("alle") ? concerned : open
        let rows = shown.map { student -> [Value] in
            let registration = student.registration
            let adviceDate = registration?.adviceDate
            return [
                .text(student.number), .text(student.fullName), .text(student.className), .text(student.mentor),
                registration.map { Value.text($0.programme + " (" + $0.institution + ")") } ?? .nothing,
                registration?.advice.map { Value.text($0.rawValue) } ?? .nothing, VoHoLookup.dateCell(adviceDate),
                adviceDate.map { Value.integer($0.days(until: context.today)) } ?? .nothing,
                VoHoLookup.dateCell(student.followUp),
                student.followUp == nil ? .text(Self.suggestion(student)) : .nothing,
            ]
        }
        context.notice(Message(VoHoText.followUpSummary, String(open.count), String(concerned.count)))
        return .table(Table(columns: Self.columns, rows: rows))
    }

    /// The line that records the follow-up, with the mentor as the one to hold it (the decaan may be another).
    static func suggestion(_ student: FinalYearStudent) -> String {
        let who = student.mentor.isEmpty ? "decaan:\"…\"" : "mentor:" + VoHoLookup.quoted(student.mentor)
        return "hoger nagesprek \(student.number) --met \(who) --verslag \"…\""
    }
}
