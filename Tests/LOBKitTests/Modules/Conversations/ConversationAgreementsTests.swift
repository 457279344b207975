import Foundation
import Testing

@testable import LOBKit

@MainActor
struct ConversationAgreementsTests {
    @Test func openOverdueAndDoneAfspraken() throws {
        let test = try TestSession(demo: false)
        let store = try test.session.store()
        try store.transaction { transaction throws(LOBError) in
            let branch = try transaction.addBranch(brin: "99ZZ", number: "00", name: "Test")
            try transaction.upsert(
                Student(
                    number: "9001", givenName: "Zoë", infix: "", surname: "Jansen", className: "H4A", year: 4,
                    schoolType: .havo, profile: "EM", mentor: "J. de Vries", branchID: branch.id))
        }
        let id = try test.recordConversation(
            "gesprek nieuw 9001 --datum 2026-10-01 --verslag x --afspraak oud --voor 2026-11-01 "
                + "--afspraak nieuw --voor 2026-12-20 --afspraak zonderdatum")
        #expect(try test.output("gesprek afspraken | aantal") == "3\n")
        #expect(try test.output("gesprek afspraken --open | aantal") == "3\n")
        let overdue = try test.output("gesprek afspraken --verlopen | naar csv")
        #expect(overdue.contains(",\(id),2026-10-01,9001,Zoë Jansen,oud,leerling,2026-11-01,\n"))
        #expect(!overdue.contains("nieuw"))
        let agreementID = try #require(overdue.split(separator: "\n").dropFirst().first?.split(separator: ",").first)
        try test.output("gesprek afspraak-klaar \(agreementID) --datum 2026-11-15")
        #expect(try test.output("gesprek afspraken --verlopen | aantal") == "0\n")
        #expect(try test.output("gesprek afspraken --open | aantal") == "2\n")
        #expect(try test.output("gesprek afspraken --mentor vries | aantal") == "3\n")
        #expect(try test.output("gesprek afspraken --mentor bakker | aantal") == "0\n")
        #expect(test.run("gesprek afspraak-klaar 999").error?.message == Message(.conversationUnknownAgreement, "999"))
        #expect(test.run("gesprek afspraak-klaar \(agreementID) --datum 2027-01-01").error?.kind == .usage)

        let indicator = ConversationAgreementIndicator(today: { LOBDate(year: 2026, month: 12, day: 31) ?? .epoch })
        let value = try store.transaction { transaction throws(LOBError) in
            try indicator.measure(in: transaction, schoolYear: SchoolYear(validStartYear: 2026))
        }
        #expect(value == .value(Localized(nl: "2 open, 1 verlopen", en: "2 open, 1 overdue"), inOrder: false))
    }
}
