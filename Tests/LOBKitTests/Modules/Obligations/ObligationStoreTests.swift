import Testing

@testable import LOBKit

@MainActor
struct ObligationStoreTests {
    @Test func removingAnActivityTakesItOutOfTheRulesAndARuleLeftEmptyGoes() throws {
        let school = try ObligationTestSchool()
        try school.output(
            "verplichting nieuw --schooltype havo --leerjaar 5 --activiteit OUDL-5H --activiteit PROEF-5H")
        try school.output("verplichting nieuw --schooltype havo --leerjaar 5 --activiteit OUDL-5H")
        try school.output("verplichting nieuw --schooltype havo --leerjaar 5 --soort open-dag --minimaal 1")
        let removed = try school.test.session.store().transaction { store throws(LOBError) in
            try store.deleteActivity(code: "OUDL-5H")
        }
        #expect(removed)
        #expect(
            try school.output("verplichting lijst | kolommen id regel | naar csv")
                == "id,regel\n1,activiteit PROEF-5H\n3,minimaal 1 × open-dag\n")
    }

    @Test func rulesReadBackAsTheyWereSaved() throws {
        let school = try ObligationTestSchool()
        let rules = [
            ObligationRule(schoolType: .havo, year: 5, requirement: .kind(.openDay, minimum: 2), description: "twee"),
            ObligationRule(schoolType: .havo, year: 5, requirement: .activities(["PROEF-5H", "OUDL-5H"])),
            ObligationRule(schoolType: .vmboKB, year: 4, requirement: .competency(.workExploration, minimum: 1)),
        ]
        let read = try school.test.session.store().transaction { store throws(LOBError) in
            for rule in rules { try store.addObligationRule(rule) }
            return try store.obligationRules()
        }
        // By school type (vmbo first), then leerjaar, then id; activities in the order given.
        #expect(read.map(\.requirement) == [rules[2], rules[0], rules[1]].map(\.requirement))
        #expect(read.map(\.id) == [3, 1, 2])
        #expect(read.map(\.description) == ["", "twee", ""])
    }
}
