import Testing

@testable import LOBKit

@MainActor
struct ObligationAddTests {
    @Test func eachFormIsRecordedAndListedInWords() throws {
        let school = try ObligationTestSchool()
        #expect(
            try school.output("verplichting nieuw --schooltype havo --leerjaar 5 --soort open-dag --minimaal 2")
                == "regel 1 vastgelegd voor havo 5: minimaal 2 × open-dag\n")
        #expect(
            try school.output(
                "verplichting nieuw --schooltype havo --leerjaar 5 --activiteit oudl-5h --activiteit PROEF-5H --omschrijving \"Avond en proefstuderen\""
            ) == "regel 2 vastgelegd voor havo 5: activiteiten OUDL-5H en PROEF-5H\n")
        #expect(
            try school.output("verplichting nieuw --schooltype havo --leerjaar 5 --competentie netwerken --minimaal 2")
                == "regel 3 vastgelegd voor havo 5: minimaal 2 × competentie netwerken\n")
        #expect(
            try school.output("verplichting lijst | naar csv") == """
                id,schooltype,leerjaar,regel,omschrijving
                1,havo,5,minimaal 2 × open-dag,
                2,havo,5,activiteiten OUDL-5H en PROEF-5H,Avond en proefstuderen
                3,havo,5,minimaal 2 × competentie netwerken,

                """)
    }

    @Test func everySchoolTypeGetsARuleOfItsOwnAndVmboMeansAllFour() throws {
        let school = try ObligationTestSchool()
        #expect(
            try school.output(
                "verplichting nieuw --schooltype vwo --schooltype havo --leerjaar 5 --soort open-dag --minimaal 1")
                == "regel 1 vastgelegd voor havo 5: minimaal 1 × open-dag\nregel 2 vastgelegd voor vwo 5: minimaal 1 × open-dag\n"
        )
        try school.output("verplichting nieuw --schooltype vmbo --leerjaar 4 --activiteit MEEL-4V")
        #expect(
            try school.output("verplichting lijst --schooltype vmbo | kolommen schooltype | naar csv")
                == "schooltype\nvmbo-bb\nvmbo-kb\nvmbo-gl\nvmbo-tl\n")
        #expect(try school.output("verplichting lijst --leerjaar 5 --schooltype vwo | aantal") == "1\n")
    }

    @Test func inEnglishTheRuleReadsInEnglish() throws {
        let school = try ObligationTestSchool(language: .english)
        #expect(
            try school.output("obligation add --school-type havo --year 5 --kind open-dag --minimum 2")
                == "rule 1 recorded for havo 5: at least 2 × open-dag\n")
        #expect(try school.output("obligation list | kolommen regel | naar csv") == "regel\nat least 2 × open-dag\n")
    }

    /// Rules the catalogue makes impossible, each refused with its reason; nothing is written.
    @Test(arguments: [
        (
            "--schooltype havo --leerjaar 5 --soort open-dag --minimaal 3",
            Message(.obligationTooFew, "3", "open-dag", "havo", "5", "2", "OD-A, OD-B")
        ),
        (
            "--schooltype havo --leerjaar 5 --soort snuffelstage --minimaal 1",
            Message(.obligationNoneOfKind, "snuffelstage", "havo", "5")
        ),
        (
            "--schooltype havo --leerjaar 5 --competentie netwerken --minimaal 3",
            Message(.obligationTooFew, "3", "netwerken", "havo", "5", "2", "NETW-5, OUDL-5H")
        ),
        (
            "--schooltype havo --leerjaar 4 --competentie netwerken --minimaal 1",
            Message(.obligationNoneForCompetency, "netwerken", "havo", "4")
        ),
        (
            "--schooltype havo --leerjaar 5 --activiteit OUDL-5X",
            Message(.obligationUnknownActivitySuggest, "OUDL-5X", "OUDL-5H")
        ),
        ("--schooltype havo --leerjaar 5 --activiteit GALA", Message(.obligationUnknownActivity, "GALA")),
        (
            "--schooltype havo --leerjaar 5 --activiteit OD-A --activiteit OD-C",
            Message(.obligationActivityNotFor, "Open dag Universiteit C (OD-C)", "havo", "5", "vwo", "6")
        ),
        (
            "--schooltype havo --leerjaar 4 --activiteit OUDL-5H",
            Message(.obligationActivityNotForYear, "Oud-leerlingenavond havo (OUDL-5H)", "4", "5")
        ),
        (
            // Fine for havo 5, impossible for vwo 5: neither is written.
            "--schooltype havo --schooltype vwo --leerjaar 5 --activiteit OUDL-5H",
            Message(.obligationActivityNotFor, "Oud-leerlingenavond havo (OUDL-5H)", "vwo", "5", "havo", "5")
        ),
    ])
    func aRuleThatCanNeverBeMetIsRefusedWithItsReason(_ flags: String, _ reason: Message) throws {
        let school = try ObligationTestSchool()
        let result = school.test.run("verplichting nieuw " + flags)
        #expect(result.error?.kind == .failed)
        #expect(result.error?.message == reason)
        #expect(try school.ruleCount() == "0")
    }

    @Test func theReasonPointsAtTheActivityItIsAbout() throws {
        let school = try ObligationTestSchool()
        let line = "verplichting nieuw --schooltype havo --leerjaar 5 --activiteit OD-A --activiteit OD-C"
        let result = school.test.run(line)
        let column = try #require(line.range(of: "OD-C")).lowerBound.utf16Offset(in: line) + 1
        #expect(result.diagnostics.hasPrefix("test.lob:1:\(column): fout: deze regel is nooit te halen"))
    }

    /// Rules that are not one well-formed rule: usage errors, nothing written.
    @Test(arguments: [
        ("--schooltype havo --leerjaar 5", Message(.obligationNoForm)),
        (
            "--schooltype havo --leerjaar 5 --soort open-dag --minimaal 1 --activiteit OUDL-5H",
            Message(.obligationTwoForms, "--soort", "--activiteit")
        ),
        (
            "--schooltype havo --leerjaar 5 --competentie netwerken --soort open-dag --minimaal 1",
            Message(.obligationTwoForms, "--soort", "--competentie")
        ),
        ("--schooltype havo --leerjaar 5 --soort open-dag", Message(.obligationMinimumMissing, "--soort")),
        (
            "--schooltype havo --leerjaar 5 --soort open-dag --minimaal 0",
            Message(.obligationMinimumTooSmall, "0")
        ),
        (
            "--schooltype havo --leerjaar 5 --activiteit OUDL-5H --minimaal 1",
            Message(.obligationMinimumNotWithActivities)
        ),
        (
            "--schooltype havo --leerjaar 6 --soort open-dag --minimaal 1",
            Message(.obligationYearOutOfRange, "havo", "6", "5")
        ),
        (
            "--leerjaar 5 --soort open-dag --minimaal 1",
            Message(.policyFlagRequired, "--schooltype", "verplichting nieuw")
        ),
        (
            "--schooltype havo --soort open-dag --minimaal 1",
            Message(.policyFlagRequired, "--leerjaar", "verplichting nieuw")
        ),
    ])
    func aMalformedRuleIsAUsageError(_ flags: String, _ reason: Message) throws {
        let school = try ObligationTestSchool()
        let result = school.test.run("verplichting nieuw " + flags)
        #expect(result.error?.kind == .usage)
        #expect(result.error?.message == reason)
        #expect(try school.ruleCount() == "0")
    }

    @Test func theSameRuleTwiceIsRefusedButAnotherMinimumIsNot() throws {
        let school = try ObligationTestSchool()
        try school.output("verplichting nieuw --schooltype havo --leerjaar 5 --soort open-dag --minimaal 1")
        let twin = school.test.run("verplichting nieuw --schooltype havo --leerjaar 5 --soort open-dag --minimaal 1")
        #expect(twin.error?.message == Message(.obligationDuplicate, "havo 5", "1"))
        try school.output("verplichting nieuw --schooltype havo --leerjaar 5 --soort open-dag --minimaal 2")
        #expect(try school.ruleCount() == "2")
    }

    @Test func theDemoSchoolsRulesAllFitItsCatalogue() throws {
        let test = try TestSession(demo: true)
        #expect(
            try test.output("verplichting lijst --schooltype havo --leerjaar 5 | kolommen regel | naar csv")
                == "regel\nminimaal 2 × open-dag\nactiviteit OUDL-5H\n")
        #expect(
            try test.output("verplichting lijst --schooltype vwo --leerjaar 6 | kolommen regel | naar csv")
                == "regel\nminimaal 2 × open-dag\nactiviteit OUDL-6V\n")
        #expect(try test.output("verplichting lijst --schooltype vmbo --leerjaar 4 | aantal") == "8\n")
        #expect(
            try test.output("verplichting lijst --leerjaar 3 | kolommen regel | uniek | naar csv")
                == "regel\nactiviteiten PROF-3 en PROFTEST-3\n")
        #expect(
            try test.output("verplichting lijst --schooltype vmbo --leerjaar 2 | kolommen regel | uniek | naar csv")
                == "regel\nactiviteit SNUF-2\n")
        // Loading checks each rule as `verplichting nieuw` does, so every one of them can be met.
        let catalogue = DemoCatalogue.activities
        for demo in ObligationsModule.demoRules {
            for type in demo.types {
                let group = ObligationGroup(schoolType: type, year: demo.year)
                #expect(ObligationFeasibility.problem(demo.requirement, for: group, catalogue: catalogue) == nil)
            }
        }
    }
}
