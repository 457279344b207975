/// `leerling verwijder NUMMER`: removes a student.
struct StudentDelete: Command {
    static let spec = CommandSpec(
        "verwijder", group: "leerling", aliases: ["delete", "remove"],
        summary: Localized(nl: "Verwijdert een leerling", en: "Removes a student"),
        positionals: [
            Positional("nummer", .studentNumber, help: Localized(nl: "Het leerlingnummer", en: "The student number"))
        ],
        examples: [
            Example("leerling verwijder 1042", Localized(nl: "Verwijdert leerling 1042", en: "Removes student 1042"))
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let number = arguments.text("nummer") ?? ""
        let store = try context.store()
        guard let student = try store.student(number: number), try store.deleteStudent(number: number) else {
            throw LOBError(.failed, Message(.unknownStudent, number), at: arguments.span("nummer"))
        }
        return .text(Message(.studentDeleted, number, student.fullName).text(context.language))
    }
}
