import Testing

@testable import LOBKit

struct RendererTests {
    let table = Table(
        columns: ["naam", "leerjaar", "opmerking"],
        rows: [
            [.text("Zoë"), .integer(3), .text("zegt \"hoi\", dag")],
            [.text("'t Hart"), .integer(12), .nothing],
        ])
    let renderer = Renderer(language: .dutch, colour: false)

    @Test func alignedTablesPadTextLeftAndNumbersRight() {
        #expect(
            renderer.render(table, as: .table) == """
                naam     leerjaar  opmerking
                -------  --------  ---------------
                Zoë             3  zegt "hoi", dag
                't Hart        12
                (2 rijen)

                """)
    }

    @Test func csvQuotesOnlyWhatNeedsIt() {
        #expect(
            renderer.render(table, as: .csv)
                == "naam,leerjaar,opmerking\nZoë,3,\"zegt \"\"hoi\"\", dag\"\n't Hart,12,\n")
    }

    @Test func tsvReplacesTabsAndNewlines() {
        let awkward = Table(columns: ["a"], rows: [[.text("x\ty\nz")]])
        #expect(renderer.render(awkward, as: .tsv) == "a\nx y z\n")
    }

    @Test func jsonKeepsNumbersTypedAndEscapesText() {
        #expect(
            renderer.render(table, as: .json) == """
                [{"naam": "Zoë", "leerjaar": 3, "opmerking": "zegt \\"hoi\\", dag"},
                 {"naam": "'t Hart", "leerjaar": 12, "opmerking": null}]

                """)
    }

    @Test func markdownEscapesPipes() {
        let piped = Table(columns: ["a|b"], rows: [[.text("x|y")]])
        #expect(renderer.render(piped, as: .markdown) == "| a\\|b |\n| --- |\n| x\\|y |\n")
    }

    @Test func aRecordIsAListOfFields() {
        let record = Record([.init("leerlingnummer", .text("1042")), .init("klas", .text("H3A"))])
        #expect(renderer.render(.record(record), as: .table) == "leerlingnummer: 1042\nklas:           H3A\n")
    }

    @Test func englishCountsRows() {
        let one = Table(columns: ["a"], rows: [[.integer(1)]])
        #expect(Renderer(language: .english, colour: false).render(one, as: .table).hasSuffix("(1 row)\n"))
    }

    @Test func formatsFollowFileExtensions() {
        #expect(OutputFormat(fileExtension: "CSV") == .csv)
        #expect(OutputFormat(fileExtension: "md") == .markdown)
        #expect(OutputFormat(fileExtension: "json") == .json)
        #expect(OutputFormat(fileExtension: "tsv") == .tsv)
        #expect(OutputFormat(fileExtension: "html") == nil)
    }
}
