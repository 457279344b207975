import Testing

@testable import LOBKit

struct SatisfactionQuotesSectionTests {
    private func text(_ store: Store) throws -> String {
        let blocks = try store.transaction { transaction throws(LOBError) in
            try SatisfactionQuotesSection().blocks(for: SatisfactionFixture.request(), in: transaction)
        }
        return SatisfactionFixture.text(blocks)
    }

    @Test func onlyTheShareableCommentsOfTheYearAreQuoted() throws {
        #expect(
            try text(try SatisfactionFixture.store())
                == "T\n=\n\nOpmerkingen uit de tevredenheidspeiling van 2026-2027 die de school als deelbaar heeft "
                + "gemarkeerd (zonder namen):\n\n  - “De gesprekken helpen.”\n")
    }

    @Test func withoutShareableCommentsTheSectionSaysHowToMarkThem() throws {
        #expect(
            try text(try SatisfactionFixture.store(withData: false))
                == "T\n=\n\nEr zijn voor 2026-2027 geen opmerkingen van leerlingen die als deelbaar zijn gemarkeerd. "
                + "Bekijk ze met tevredenheid opmerkingen en markeer er een met: tevredenheid opmerking-deelbaar "
                + "NUMMER.\n")
    }
}
