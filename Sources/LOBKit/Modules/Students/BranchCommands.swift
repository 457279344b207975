import Foundation

/// `vestiging lijst`: the vestigingen with their number of students.
struct BranchList: Command {
    static let spec = CommandSpec(
        "lijst", group: "vestiging", aliases: ["list"],
        summary: Localized(
            nl: "Toont de vestigingen met hun aantal leerlingen", en: "Lists the branches with their number of students"
        ),
        examples: [Example("vestiging lijst", Localized(nl: "Alle vestigingen", en: "All branches"))]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        let counts = try store.studentCountsPerBranch()
        let rows = try store.branches().map { branch -> [Value] in
            [
                .text(branch.code), .text(branch.brin), .text(branch.number), .text(branch.name),
                .integer(counts[branch.id] ?? 0),
            ]
        }
        return .table(Table(columns: ["code", "brin", "nummer", "naam", "leerlingen"], rows: rows))
    }
}

/// `vestiging nieuw BRIN --nummer 00 --naam NAAM`: adds a vestiging.
struct BranchAdd: Command {
    static let spec = CommandSpec(
        "nieuw", group: "vestiging", aliases: ["add", "new"],
        summary: Localized(nl: "Voegt een vestiging toe", en: "Adds a branch"),
        positionals: [
            Positional(
                "brin", .text,
                help: Localized(
                    nl: "De BRIN-code (4 tekens, zoals 99ZZ)", en: "The BRIN code (4 characters, such as 99ZZ)"))
        ],
        flags: [
            Flag(
                "nummer", aliases: ["number"], .text,
                help: Localized(nl: "Het vestigingsnummer (standaard 00)", en: "The branch number (default 00)")),
            Flag(
                "naam", aliases: ["name"], .text,
                help: Localized(nl: "De naam van de vestiging", en: "The branch's name")),
        ],
        examples: [
            Example(
                "vestiging nieuw 99ZZ --nummer 01 --naam \"Zuiderlicht Noord\"",
                Localized(nl: "Een tweede vestiging", en: "A second branch"))
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let brin = try BranchAdd.checkedBrin(arguments.text("brin") ?? "", at: arguments.span("brin"))
        let number = arguments.text("nummer") ?? "00"
        let store = try context.store()
        if try store.branches().contains(where: { $0.brin == brin && $0.number == number }) {
            throw LOBError(.failed, Message(.branchExists, "\(brin)-\(number)"), at: arguments.span("brin"))
        }
        let branch = try store.addBranch(
            brin: brin, number: number, name: arguments.text("naam") ?? "\(brin)-\(number)")
        return .text(Message(.branchAdded, branch.code, branch.name).text(context.language))
    }

    static func checkedBrin(_ text: String, at span: SourceSpan) throws(LOBError) -> String {
        let brin = text.uppercased()
        guard brin.count == 4, brin.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw LOBError.usage(.badBrin, text, at: span)
        }
        return brin
    }
}

/// `vestiging wijzig CODE [--brin] [--nummer] [--naam]`: corrects a vestiging.
struct BranchEdit: Command {
    static let spec = CommandSpec(
        "wijzig", group: "vestiging", aliases: ["edit"],
        summary: Localized(
            nl: "Wijzigt de BRIN-code, het nummer of de naam van een vestiging",
            en: "Changes a branch's BRIN code, number or name"),
        positionals: [
            Positional(
                "vestiging", .text,
                help: Localized(
                    nl: "De vestiging (code, BRIN, nummer of naam)", en: "The branch (code, BRIN, number or name)"))
        ],
        flags: [
            Flag("brin", .text, help: Localized(nl: "De nieuwe BRIN-code", en: "The new BRIN code")),
            Flag(
                "nummer", aliases: ["number"], .text,
                help: Localized(nl: "Het nieuwe vestigingsnummer", en: "The new branch number")),
            Flag("naam", aliases: ["name"], .text, help: Localized(nl: "De nieuwe naam", en: "The new name")),
        ],
        examples: [
            Example(
                "vestiging wijzig 99ZZ-00 --naam \"Het Zuiderlicht\"",
                Localized(nl: "Een andere naam", en: "Another name"))
        ]
    )

    func run(_ arguments: Arguments, input: Value, context: CommandContext) throws(LOBError) -> Value {
        let store = try context.store()
        var branch = try store.branch(matching: arguments.text("vestiging") ?? "", at: arguments.span("vestiging"))
        if let brin = arguments.text("brin") {
            branch.brin = try BranchAdd.checkedBrin(brin, at: arguments.span("brin"))
        }
        if let number = arguments.text("nummer") { branch.number = number }
        if let name = arguments.text("naam") { branch.name = name }
        let clash = try store.branches().contains {
            $0.id != branch.id && $0.brin == branch.brin && $0.number == branch.number
        }
        if clash { throw LOBError(.failed, Message(.branchExists, branch.code), at: arguments.span("vestiging")) }
        try store.updateBranch(branch)
        return .text(Message(.branchChanged, branch.code, branch.name).text(context.language))
    }
}
