import Testing

@testable import LOBKit

@MainActor
struct PolicyResponsiblesTests {
    @Test func responsiblesAreAddedPerSchoolYearAndListed() throws {
        let test = try TestSession(demo: false)
        #expect(
            try test.output("beleid verantwoordelijke --rol decaan --naam \"M. Jansen\"")
                == "decaan M. Jansen vastgelegd als verantwoordelijke voor 2026-2027\n")
        try test.output("beleid verantwoordelijke --rol decaan --naam \"P. Bakker\"")
        try test.output("beleid verantwoordelijke --rol directie --naam \"R. Visser\" --schooljaar 2025-2026")
        #expect(
            try test.output("beleid verantwoordelijke | naar csv") == "rol,naam\ndecaan,M. Jansen\ndecaan,P. Bakker\n")
        #expect(
            try test.output("beleid verantwoordelijke --schooljaar 2025-2026 | naar csv")
                == "rol,naam\ndirectie,R. Visser\n")
    }

    @Test func theSameRoleAndNameTwiceIsKeptOnce() throws {
        let test = try TestSession(demo: false)
        try test.output("beleid verantwoordelijke --rol mentoren --naam \"Mentoren onderbouw\"")
        let again = test.run("beleid verantwoordelijke --rol mentoren --naam \"Mentoren onderbouw\"")
        #expect(again.error == nil)
        #expect(
            again.output == "mentoren Mentoren onderbouw stond al vastgelegd als verantwoordelijke voor 2026-2027\n")
        #expect(try test.output("beleid verantwoordelijke | aantal") == "1\n")
    }

    @Test func oneFlagWithoutTheOtherIsAUsageErrorNamingTheMissingOne() throws {
        let test = try TestSession(demo: false)
        let withoutName = test.run("beleid verantwoordelijke --rol decaan")
        #expect(withoutName.error?.kind == .usage)
        #expect(withoutName.error?.message == Message(.policyResponsibleIncomplete, "--naam"))
        let withoutRole = test.run("beleid verantwoordelijke --naam \"M. Jansen\"")
        #expect(withoutRole.error?.message == Message(.policyResponsibleIncomplete, "--rol"))
        #expect(
            test.run("beleid verantwoordelijke --rol decaaan --naam X").error?.message
                == Message(
                    .unknownChoiceSuggestList, "decaaan", "--rol", "decaan",
                    PolicyRole.allCases.map(\.rawValue).joined(separator: ", ")))
        #expect(try test.output("beleid verantwoordelijke | aantal") == "0\n")
    }

    @Test func theDemoHasADecaanAndACoordinator() throws {
        let test = try TestSession(demo: true)
        #expect(
            try test.output("beleid verantwoordelijke | kolommen rol | naar csv") == "rol\ndecaan\nlob-coordinator\n")
    }
}
