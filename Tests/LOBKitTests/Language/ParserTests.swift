import Testing

@testable import LOBKit

struct ParserTests {
    let parser = Parser(expressionCommands: ["waar", "where"])

    private func parseStatements(_ text: String) throws -> [Statement] {
        try parser.parse(Source(name: "t.lob", text: text))
    }

    /// The statements of a source that has only pipelines.
    private func parse(_ text: String) throws -> [Pipeline] {
        try parseStatements(text).compactMap { statement in
            if case .pipeline(let pipeline) = statement { pipeline } else { nil }
        }
    }

    /// A syntax error as lobsh shows it, without the caret: `t.lob:1:5: message`.
    private func syntaxError(_ text: String) -> String {
        do throws(LOBError) {
            _ = try parser.parse(Source(name: "t.lob", text: text))
            return "no error"
        } catch {
            return "\(error.span?.locationText ?? "-"): \(error.message.text(.dutch))"
        }
    }

    private func texts(_ pipeline: Pipeline) -> [[String]] {
        pipeline.stages.map(texts)
    }

    private func bodyTexts(_ statements: [Statement]) -> [[[String]]] {
        statements.map { statement in
            if case .pipeline(let pipeline) = statement { texts(pipeline) } else { [["(blok)"]] }
        }
    }

    private func texts(_ call: CommandCall) -> [String] {
        call.words.map { $0.literalText ?? "?" }
    }

    @Test func linesAndSemicolonsSeparateStatements() throws {
        let pipelines = try parse("echo a\n\n# comment\necho b; echo c\n")
        #expect(pipelines.count == 3)
    }

    @Test func stagesAreSplitAtPipes() throws {
        let pipeline = try #require(try parse("leerling lijst | waar leerjaar = 3 | aantal").first)
        #expect(pipeline.stages.map(texts) == [["leerling", "lijst"], ["waar", "leerjaar", "=", "3"], ["aantal"]])
    }

    @Test func aTrailingPipeContinuesOnTheNextLine() throws {
        let pipelines = try parse("leerling lijst |\n  aantal")
        #expect(pipelines.count == 1)
        #expect(pipelines.first?.stages.count == 2)
    }

    @Test func redirectionEndsThePipeline() throws {
        let pipeline = try #require(try parse("leerling lijst >> uit.csv").first)
        #expect(pipeline.redirection?.append == true)
        #expect(pipeline.redirection?.target.literalText == "uit.csv")
    }

    @Test func greaterThanComparesInsideWaarAndRedirectsAfterIt() throws {
        let pipeline = try #require(try parse("leerling lijst | waar leerjaar > 3 en klas > H > uit.csv").first)
        #expect(pipeline.stages.last.map(texts) == ["waar", "leerjaar", ">", "3", "en", "klas", ">", "H"])
        #expect(pipeline.redirection?.target.literalText == "uit.csv")
    }

    @Test func greaterThanOutsideAnExpressionRedirects() throws {
        let pipeline = try #require(try parse("echo a > 3").first)
        #expect(pipeline.redirection?.target.literalText == "3")
    }

    @Test func blockKeywordsCannotStandInAPipeline() throws {
        #expect(
            syntaxError("leerling lijst | voor x")
                == "t.lob:1:18: 'voor' begint een blok en kan niet in een pijplijn staan")
        #expect(try parse("echo voor als anders").count == 1)
    }

    @Test func aLoopHasItsVariableItsPipelineAndItsBody() throws {
        let statements = try parseStatements(
            "voor rij in (leerling lijst --klas H4A | eerste 2) {\n  echo a\n\n  echo b; echo c\n}\necho na")
        #expect(statements.count == 2)
        guard case .loop(let loop)? = statements.first else {
            Issue.record("not a loop")
            return
        }
        #expect(loop.variable.literalText == "rij")
        #expect(texts(loop.source) == [["leerling", "lijst", "--klas", "H4A"], ["eerste", "2"]])
        #expect(loop.source.span.locationText == "t.lob:1:14")
        #expect(bodyTexts(loop.body) == [[["echo", "a"]], [["echo", "b"]], [["echo", "c"]]])
        #expect(loop.span.locationText == "t.lob:1:1")
        #expect(loop.span.source.text(from: loop.span.end - 1, to: loop.span.end) == "}")
    }

    @Test func aBlockMayStandOnOneLineAndInEnglish() throws {
        let statements = try parseStatements("for r in (leerling lijst) { echo a }")
        guard case .loop(let loop)? = statements.first else {
            Issue.record("not a loop")
            return
        }
        #expect(texts(loop.source) == [["leerling", "lijst"]])
        #expect(bodyTexts(loop.body) == [[["echo", "a"]]])
    }

    @Test func parenthesesMayStandApartFromThePipeline() throws {
        let statements = try parseStatements("voor r in ( leerling lijst |\n  eerste 2 ) {\n}")
        guard case .loop(let loop)? = statements.first else {
            Issue.record("not a loop")
            return
        }
        #expect(texts(loop.source) == [["leerling", "lijst"], ["eerste", "2"]])
        #expect(loop.body.isEmpty)
    }

    @Test func aConditionalHasBranchesAndAnElseBlock() throws {
        let statements = try parseStatements(
            "als $weken > 4 en (leerling lijst | aantal) = 0 {\n  echo a\n} anders als x = y of x ~ z {\n  echo b\n} anders {\n  echo c\n}"
        )
        #expect(statements.count == 1)
        guard case .conditional(let conditional)? = statements.first else {
            Issue.record("not a conditional")
            return
        }
        #expect(conditional.branches.count == 2)
        let first = try #require(conditional.branches.first)
        #expect(first.condition.alternatives.map { $0.map(\.op) } == [[.greater, .equal]])
        guard case .pipeline(let counted) = first.condition.alternatives[0][1].left else {
            Issue.record("not a pipeline operand")
            return
        }
        #expect(texts(counted) == [["leerling", "lijst"], ["aantal"]])
        #expect(bodyTexts(first.body) == [[["echo", "a"]]])
        let second = try #require(conditional.branches.last)
        #expect(second.condition.alternatives.map { $0.map(\.op) } == [[.equal], [.contains]])
        #expect(bodyTexts(conditional.otherwise ?? []) == [[["echo", "c"]]])
    }

    @Test func ifElseInEnglishOnOneLine() throws {
        let statements = try parseStatements("if a = b { echo x } else { echo y }")
        guard case .conditional(let conditional)? = statements.first else {
            Issue.record("not a conditional")
            return
        }
        #expect(conditional.branches.count == 1)
        #expect(bodyTexts(conditional.otherwise ?? []) == [[["echo", "y"]]])
    }

    @Test func blocksNest() throws {
        let statements = try parseStatements(
            "voor a in (x) {\n  als 1 = 1 {\n    voor b in (y) {\n      echo $a $b\n    }\n  }\n  echo na\n}")
        guard case .loop(let outer)? = statements.first, case .conditional(let conditional)? = outer.body.first,
            case .loop(let inner)? = conditional.branches.first?.body.first
        else {
            Issue.record("not nested as written")
            return
        }
        #expect(outer.body.count == 2)
        #expect(inner.variable.literalText == "b")
        #expect(inner.body.first?.span.locationText == "t.lob:4:7")
    }

    @Test(arguments: [
        (
            "voor rij in (leerling lijst)\n  echo a\n}",
            "t.lob:1:29: na 'voor …' hoort '{' op dezelfde regel"
        ),
        ("als $x = 1\n  echo a\n}", "t.lob:1:11: na 'als …' hoort '{' op dezelfde regel"),
        (
            "voor rij in (leerling lijst) {\n  echo a\n",
            "t.lob:1:30: het blok van 'voor' wordt niet gesloten; sluit het met '}' op een eigen regel"
        ),
        (
            "als a = b {\n  echo a\n} anders {\n  echo b",
            "t.lob:3:10: het blok van 'anders' wordt niet gesloten; sluit het met '}' op een eigen regel"
        ),
        (
            "als a = b {\n  echo a\n}\nanders {\n  echo b\n}",
            "t.lob:4:1: 'anders' hoort direct na de '}' van een 'als'-blok, op dezelfde regel: '} anders {'"
        ),
        (
            "voor rij (leerling lijst) {\n}",
            "t.lob:1:10: na 'voor rij' hoort 'in', zoals: voor rij in (leerling lijst) { … }"
        ),
        ("voor {\n}", "t.lob:1:6: na 'voor' hoort de naam van de rij, zoals: voor rij in (leerling lijst) { … }"),
        (
            "voor rij in leerling lijst {\n}",
            "t.lob:1:13: hier hoort een pijplijn tussen haakjes, zoals (leerling lijst --klas H4A)"
        ),
        ("voor rij in (leerling lijst {\n}", "t.lob:1:13: haakje ( wordt niet gesloten met ) op dezelfde regel"),
        ("echo a\n  }", "t.lob:2:3: '}' sluit geen blok: er staat geen 'voor' of 'als' met '{' voor"),
        ("echo { a", "t.lob:1:6: '{' opent alleen een blok na 'voor … in (…)' of 'als …'"),
        (
            "als $x {\n}",
            "t.lob:1:5: een voorwaarde is waarde operator waarde, zoals '$weken > 4' of '(leerling lijst | aantal) = 0'"
        ),
        ("als $x is 3 {\n}", "t.lob:1:8: onbekende operator 'is'; gebruik een van: = != < <= > >= ~ !~"),
        (
            "als a = b { echo x } echo y",
            "t.lob:1:22: na de '}' van een blok hoort een nieuwe regel (of '} anders {' na een 'als')"
        ),
        (
            "voor r in (leerling lijst > x.csv) {\n}",
            "t.lob:1:27: een pijplijn tussen haakjes geeft een waarde en schrijft niet naar een bestand"
        ),
    ])
    func syntaxErrorsSayWhatIsWrongAndWhere(_ text: String, _ expected: String) {
        #expect(syntaxError(text) == expected)
    }

    @Test func greaterThanComparesInAConditionAndInsideParentheses() throws {
        let statements = try parseStatements("als (leerling lijst | waar leerjaar > 3 | aantal) > 10 {\n}")
        guard case .conditional(let conditional)? = statements.first,
            let comparison = conditional.branches.first?.condition.alternatives.first?.first,
            case .pipeline(let pipeline) = comparison.left
        else {
            Issue.record("not a conditional on a pipeline")
            return
        }
        #expect(comparison.op == .greater)
        #expect(texts(pipeline) == [["leerling", "lijst"], ["waar", "leerjaar", ">", "3"], ["aantal"]])
    }

    @Test(arguments: ["| aantal", "echo a |", "echo a > ", "echo a > x y", "echo { x }"])
    func malformedPipelinesAreUsageErrors(_ text: String) {
        #expect {
            try parse(text)
        } throws: { error in
            (error as? LOBError)?.kind == .usage
        }
    }

    @Test(arguments: [
        ("echo a", true), ("echo 'a", false), ("echo \"a\nb", false), ("echo a \\", false),
        ("leerling lijst |", false), ("leerling lijst |\naantal", true), ("x {", false), ("# alleen commentaar", true),
        ("voor r in (leerling lijst) {\n  echo a", false), ("voor r in (leerling lijst) {\n  echo a\n}", true),
        ("als a = b {\n  voor r in (x) {\n  }", false), ("als a = b {\n} anders {", false),
        ("als a = b { echo x } anders { echo y }", true),
    ])
    func completenessTellsTheLineReaderWhetherToContinue(_ text: String, _ complete: Bool) {
        #expect(parser.isComplete(text) == complete)
    }

    @Test func spansGiveLineAndColumn() throws {
        let pipelines = try parse("echo a\n  leerling lijst")
        #expect(pipelines.last?.stages.first?.span.locationText == "t.lob:2:3")
    }
}
