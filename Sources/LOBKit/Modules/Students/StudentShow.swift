/// `leerling toon NUMMER`: one student as a record.
struct StudentShow: Command {
    static let spec = CommandSpec(
        "toon", group: "leerling", aliases: ["show"],
        summary: Localized(nl: "Toont één leerling", en: "Shows one student"),
        positionals: [
            Positional("nummer", .studentNumber, help: Localized(nl: "Het leerlingnummer", en: "The student number"))
        ],
        examples: [Example("leerling toon 1042", Localized(nl: "Leerling 1042", en: "Student 1042"))]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let number = arguments.text("nummer") ?? ""
        let store = try context.store()
        guard let student = try store.student(number: number) else {
            throw LOBError(.failed, Message(.unknownStudent, number), at: arguments.span("nummer"))
        }
        var fields = zip(Student.columns, student.cells).map { Record.Field($0, $1) }
        if let branch = try store.branches().first(where: { $0.id == student.branchID }) {
            fields.append(
                Record.Field("vestiging", .text("\(branch.code) \(branch.name)".trimmingCharacters(in: .whitespaces))))
        }
        if let left = try store.departure(number: number) {
            fields.append(Record.Field("vertrokken", .date(left)))
        }
        return .record(Record(fields))
    }
}
