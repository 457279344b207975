import Testing

@testable import LOBKit

struct SatisfactionReportSectionTests {
    private func blocks(_ store: Store, minimum: Int = 10) throws -> [Document.Block] {
        try store.transaction { transaction throws(LOBError) in
            try SatisfactionReportSection().blocks(for: SatisfactionFixture.request(minimum: minimum), in: transaction)
        }
    }

    private func tables(_ blocks: [Document.Block]) -> [Table] {
        blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }

    @Test func lobItemsThisYearStandAgainstLastYearWithTheChange() throws {
        let blocks = try blocks(try SatisfactionFixture.store())
        let tables = tables(blocks)
        #expect(tables.count == 2)
        let items = try #require(tables.first)
        #expect(items.columns == ["item", "vraag", "2025-2026", "2026-2027", "n", "verschil"])
        #expect(
            items.rows == [
                [
                    .text("LOB01"), .text("De LOB-activiteiten helpen mij ontdekken waar ik goed in ben."),
                    .decimal(3), .decimal(3.6), .integer(25), .decimal(0.6),
                ],
                [
                    .text("LOB05"),
                    .text("In de gesprekken met mijn mentor gaat het echt over mijn keuzes en mijn toekomst."),
                    .nothing, .decimal(3.7), .integer(18), .nothing,
                ],
            ])
        let chart = blocks.compactMap { if case .chart(let chart) = $0 { chart } else { nil } }
        #expect(chart.first?.maximum == 5)
        #expect(chart.first?.bars.map(\.text) == ["3.6 (n=25)", "3.7 (n=18)"])
    }

    @Test func aSmallSchoolTypeIsWithheldWithTheReason() throws {
        let blocks = try blocks(try SatisfactionFixture.store())
        #expect(
            tables(blocks).last?.rows == [
                [.text("havo"), .integer(25), .decimal(3.7), .nothing, .nothing],
                [.text("vwo"), .nothing, .nothing, .nothing, .text("minder dan 10 respondenten")],
            ])
        #expect(
            SatisfactionFixture.text(Array(blocks.suffix(1)))
                == "T\n=\n\nGroepen met minder dan 10 respondenten zijn niet getoond, zodat geen antwoord tot een "
                + "leerling te herleiden is.\n")
    }

    @Test func theRequestsMinimumDecides() throws {
        let items = try #require(tables(try blocks(try SatisfactionFixture.store(), minimum: 20)).first)
        #expect(
            items.rows.last?.suffix(4) == [.nothing, .text("minder dan 20 respondenten"), .nothing, .nothing])
    }

    @Test func withoutDataTheSectionSaysSoAndNamesTheCommand() throws {
        let blocks = try blocks(try SatisfactionFixture.store(withData: false))
        #expect(
            SatisfactionFixture.text(blocks)
                == "T\n=\n\nEr zijn voor 2026-2027 geen tevredenheidsresultaten. Voeg ze toe met: tevredenheid importeer "
                + "BESTAND --schooljaar 2026-2027 (een eigen LOB-vragenlijst geeft tevredenheid sjabloon).\n")
    }
}
