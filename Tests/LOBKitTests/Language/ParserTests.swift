import Testing

@testable import LOBKit

struct ParserTests {
    let parser = Parser(expressionCommands: ["waar", "where"])

    private func parse(_ text: String) throws -> [Pipeline] {
        try parser.parse(Source(name: "t.lob", text: text))
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

    @Test func reservedWordsAreRefusedAsCommands() throws {
        #expect(throws: LOBError.self) { try parse("voor x in y") }
        #expect(try parse("echo voor").count == 1)
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
    ])
    func completenessTellsTheLineReaderWhetherToContinue(_ text: String, _ complete: Bool) {
        #expect(parser.isComplete(text) == complete)
    }

    @Test func spansGiveLineAndColumn() throws {
        let pipelines = try parse("echo a\n  leerling lijst")
        #expect(pipelines.last?.stages.first?.span.locationText == "t.lob:2:3")
    }
}
