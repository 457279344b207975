import Testing

@testable import LOBKit

@MainActor
struct ObligationDeleteTests {
    @Test func aRuleIsRemovedById() throws {
        let school = try ObligationTestSchool()
        try school.output(
            "verplichting nieuw --schooltype havo --schooltype vwo --leerjaar 5 --soort open-dag --minimaal 1")
        #expect(try school.output("verplichting verwijder 1") == "regel 1 verwijderd (havo 5: minimaal 1 × open-dag)\n")
        #expect(try school.output("verplichting lijst | kolommen id schooltype | naar csv") == "id,schooltype\n2,vwo\n")
    }

    @Test func anUnknownIdRemovesNothing() throws {
        let school = try ObligationTestSchool()
        try school.output("verplichting nieuw --schooltype havo --leerjaar 5 --soort open-dag --minimaal 1")
        let result = school.test.run("verplichting verwijder 1 7")
        #expect(result.error?.message == Message(.obligationUnknownRule, "7"))
        #expect(try school.ruleCount() == "1", "the removal of rule 1 is undone with the command")
    }
}
