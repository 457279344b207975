import Testing

@testable import LOBKit

/// `activiteit samenhang`: choice moments prepared in time, no empty year, no competency in one year only.
@MainActor
struct CoherenceCheckTests {
    /// A havo programme with three known flaws: nothing prepares the profile choice, leerjaar 2 is empty,
    /// and netwerken comes up in leerjaar 4 only.
    private func school(language: UILanguage = .dutch) throws -> TestSession {
        let test = try TestSession(demo: false, language: language)
        try test.output(
            """
            activiteit nieuw WIE-1 --naam Wie --soort les --schooltype havo --leerjaar 1 --competentie kwaliteitenreflectie --competentie motievenreflectie
            activiteit nieuw TALENT-3 --naam Talent --soort test --schooltype havo --leerjaar 3 --competentie kwaliteitenreflectie --competentie werkexploratie --competentie loopbaansturing
            activiteit nieuw MEEL-4 --naam Meelopen --soort meeloopdag --schooltype havo --leerjaar 4 --leerjaar 5 --competentie werkexploratie --competentie loopbaansturing --competentie motievenreflectie --keuzemoment vervolgopleiding
            activiteit nieuw OUDL-4 --naam Oud-leerlingen --soort oud-leerlingenavond --schooltype havo --leerjaar 4 --competentie netwerken
            """)
        return test
    }

    @Test func theKnownFlawsAreFoundWithTheActivitiesInvolved() throws {
        let test = try school()
        #expect(
            try test.output("activiteit samenhang --schooltype havo | naar csv") == """
                schooltype,bevinding,activiteiten
                havo,de profielkeuze in leerjaar 3: geen activiteiten die erop voorbereiden in leerjaar 1 tot en met 3 (--keuzemoment profielkeuze-havo-vwo-3),
                havo,leerjaar 2 heeft geen activiteiten: het programma valt hier stil,
                havo,netwerken komt alleen in leerjaar 4 aan bod en in geen ander leerjaar,OUDL-4

                """)
    }

    @Test func aPreparationAfterTheMomentIsTooLate() throws {
        let test = try school()
        try test.output(
            "activiteit nieuw PROF-4 --naam Profiel --soort les --schooltype havo --leerjaar 4 --competentie netwerken --keuzemoment profielkeuze-havo-vwo-3"
        )
        let findings = try test.output(
            "activiteit samenhang --schooltype havo | kolommen bevinding activiteiten | naar csv")
        #expect(
            findings.contains(
                "de profielkeuze in leerjaar 3: de activiteiten die erop voorbereiden komen pas na leerjaar 3 (--keuzemoment profielkeuze-havo-vwo-3),PROF-4\n"
            ))
        #expect(
            findings.contains(
                "netwerken komt alleen in leerjaar 4 aan bod en in geen ander leerjaar,\"OUDL-4, PROF-4\"\n"))
    }

    @Test func fixingTheFlawsLeavesOneRowSayingAllIsWell() throws {
        let test = try school()
        try test.output(
            """
            activiteit nieuw PROF-3 --naam Profiel --soort les --schooltype havo --leerjaar 2 --leerjaar 3 --competentie loopbaansturing --keuzemoment profielkeuze-havo-vwo-3
            activiteit wijzig OUDL-4 --leerjaar 4 --leerjaar 5
            """)
        #expect(
            try test.output("activiteit samenhang --schooltype havo | naar csv") == """
                schooltype,bevinding,activiteiten
                havo,"in orde: elk keuzemoment voorbereid, elk leerjaar met activiteiten, elke competentie in meer leerjaren",

                """)
    }

    @Test func everySchoolTypeIsCheckedWithItsOwnMoments() throws {
        let test = try school()
        let table = try test.output("activiteit samenhang | naar csv")
        #expect(table.contains("vmbo-bb,de sectorkeuze in leerjaar 2: geen activiteiten"))
        #expect(!table.contains("havo,de sectorkeuze"))
        #expect(!table.contains("vmbo-bb,de profielkeuze"))
        #expect(table.contains("vwo,leerjaar 6 heeft geen activiteiten"))
        #expect(!table.contains("havo,leerjaar 6"))
        #expect(
            try test.output("activiteit samenhang | waar schooltype = vmbo-kb | aantal") == "6\n",
            "two moments unprepared and four empty years")
    }

    @Test func findingsReadInEnglish() throws {
        let test = try school(language: .english)
        let table = try test.output("activiteit samenhang --schooltype havo | kolommen bevinding | naar csv")
        #expect(
            table.contains(
                "the profile choice in year 3: no activities preparing for it in years 1 to 3 (--keuzemoment profielkeuze-havo-vwo-3)"
            ))
        #expect(table.contains("year 2 has no activities: the programme stops here"))
        #expect(table.contains("netwerken is covered in year 4 only and in no other year"))
    }

    @Test func theDemoIsCoherent() throws {
        let test = try TestSession(demo: true)
        let result = test.run("activiteit samenhang")
        #expect(result.error == nil)
        #expect(try test.output("activiteit samenhang | waar bevinding ~ \"in orde\" | aantal") == "6\n")
    }
}
