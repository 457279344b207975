import Testing

@testable import LOBKit

/// `activiteit nieuw`, `wijzig`, `toon`, `lijst` and `verwijder`, and completion of codes.
@MainActor
struct ActivityCatalogueTests {
    /// An empty school with two hand-made activities.
    private func school() throws -> TestSession {
        let test = try TestSession(demo: false)
        try test.output(
            """
            activiteit nieuw OD-HAN --naam "Open dag HAN" --soort open-dag --schooltype vwo --schooltype havo --leerjaar 6 --leerjaar 4 --leerjaar 5 --competentie werkexploratie --keuzemoment vervolgopleiding --partner HAN --van 1-2-2027 --tot 2027-02-01 --buiten-school
            activiteit nieuw WIE-1 --naam "Wie ben ik?" --soort les --leerjaar 1 --competentie motievenreflectie --competentie kwaliteitenreflectie --verplicht --omschrijving "Mentorles over kwaliteiten"
            """)
        return test
    }

    private func catalogue(_ test: TestSession) throws -> String {
        try test.output("activiteit lijst | naar csv")
    }

    @Test func nieuwAddsAndLijstShowsEveryColumn() throws {
        let test = try school()
        #expect(
            try catalogue(test) == """
                code,naam,soort,schooltypen,leerjaren,competenties,keuzemoment,buiten-school,partner,van,tot,verplicht
                OD-HAN,Open dag HAN,open-dag,"havo, vwo","4, 5, 6",werkexploratie,vervolgopleiding,ja,HAN,2027-02-01,2027-02-01,nee
                WIE-1,Wie ben ik?,les,alle,1,"kwaliteitenreflectie, motievenreflectie",,nee,,,,ja

                """)
        #expect(
            try test.output("activiteit nieuw X-1 --naam x --soort test --leerjaar 2 --competentie netwerken")
                == "activiteit X-1 toegevoegd: x\n")
    }

    @Test func toonShowsOneActivityWithItsDescription() throws {
        let test = try school()
        let record = try test.output("activiteit toon wie-1 | naar json")
        #expect(record.contains("\"omschrijving\": \"Mentorles over kwaliteiten\""))
        #expect(record.contains("\"code\": \"WIE-1\""))
        #expect(record.contains("\"schooltypen\": \"alle\""))
    }

    @Test(arguments: [
        ("activiteit lijst --soort les", "WIE-1"),
        ("activiteit lijst --schooltype vmbo-bb", "WIE-1"),
        ("activiteit lijst --schooltype havo", "OD-HAN,WIE-1"),
        ("activiteit lijst --leerjaar 5 --leerjaar 1", "OD-HAN,WIE-1"),
        ("activiteit lijst --leerjaar 5 --schooltype havo", "OD-HAN"),
        ("activiteit lijst --competentie motievenreflectie", "WIE-1"),
        ("activiteit lijst --keuzemoment vervolgopleiding", "OD-HAN"),
        ("activiteit lijst --keuzemoment profielkeuze-havo-vwo-3", ""),
        ("activiteit lijst --partner han", "OD-HAN"),
        ("activiteit lijst --buiten-school", "OD-HAN"),
        ("activiteit lijst --verplicht", "WIE-1"),
        ("activiteit lijst --verplicht --buiten-school", ""),
    ])
    func lijstFiltersOnEveryField(_ line: String, _ codes: String) throws {
        let test = try school()
        let found = try test.output(line + " | kolommen code | naar csv").split(separator: "\n").dropFirst()
        #expect(found.joined(separator: ",") == codes, "\(line)")
    }

    @Test func wijzigChangesOnlyTheGivenFieldsAndListsAreReplaced() throws {
        let test = try school()
        #expect(
            try test.output("activiteit wijzig od-han --leerjaar 5 --naam \"Open dag HAN Nijmegen\" --verplicht")
                == "activiteit OD-HAN gewijzigd: Open dag HAN Nijmegen\n")
        #expect(
            try test.output("activiteit lijst | waar code = OD-HAN | naar csv")
                == """
                code,naam,soort,schooltypen,leerjaren,competenties,keuzemoment,buiten-school,partner,van,tot,verplicht
                OD-HAN,Open dag HAN Nijmegen,open-dag,"havo, vwo",5,werkexploratie,vervolgopleiding,ja,HAN,2027-02-01,2027-02-01,ja

                """)
        try test.output(
            "activiteit wijzig OD-HAN --wis schooltypen --wis keuzemoment --wis van --binnen-school --niet-verplicht")
        #expect(
            try test.output(
                "activiteit toon OD-HAN | kolommen schooltypen keuzemoment van tot buiten-school verplicht | naar csv")
                == "schooltypen,keuzemoment,van,tot,buiten-school,verplicht\nalle,,,2027-02-01,nee,nee\n")
    }

    @Test(arguments: [
        "activiteit nieuw OD-HAN --naam x --soort les --leerjaar 1 --competentie netwerken",
        "activiteit nieuw X --naam x --soort les --leerjaar 7 --competentie netwerken",
        "activiteit nieuw X --naam x --soort les --leerjaar 0 --competentie netwerken",
        "activiteit nieuw X --naam x --soort les --leerjaar 2 --competentie netwerken --van 2026-10-01 --tot 2026-09-01",
        "activiteit nieuw X --naam x --soort les --leerjaar 6 --schooltype havo --competentie netwerken",
        "activiteit nieuw X --naam x --soort lesje --leerjaar 2 --competentie netwerken",
        "activiteit nieuw X --naam x --soort les --leerjaar 2",
        "activiteit nieuw \"X Y\" --naam x --soort les --leerjaar 2 --competentie netwerken",
        "activiteit nieuw X --naam \" \" --soort les --leerjaar 2 --competentie netwerken",
        "activiteit wijzig OD-HAN",
        "activiteit wijzig OD-HAN --leerjaar 7",
        "activiteit wijzig OD-HAN --van 2027-03-01",
        "activiteit wijzig OD-HAN --schooltype vmbo-tl",
        "activiteit wijzig OD-HAN --verplicht --niet-verplicht",
        "activiteit wijzig OD-HAN --wis partner --partner Radboud",
        "activiteit wijzig OD-HNA --naam y",
        "activiteit verwijder OD",
        "activiteit toon XYZ",
    ])
    func badInputChangesNothing(_ line: String) throws {
        let test = try school()
        let before = try catalogue(test)
        let result = test.run(line)
        #expect(result.error != nil, "\(line)")
        #expect(try catalogue(test) == before, "\(line)")
    }

    @Test func badInputSaysWhatIsWrong() throws {
        let test = try school()
        #expect(
            test.run("activiteit nieuw od-han --naam x --soort les --leerjaar 1 --competentie netwerken").error?.message
                == Message(.activityExists, "OD-HAN", "Open dag HAN"))
        let line = "activiteit nieuw X --naam x --soort les --leerjaar 3 --leerjaar 7 --competentie netwerken"
        let seven = test.run(line)
        #expect(seven.error?.kind == .usage)
        let column = try #require(line.range(of: "7 --")).lowerBound.utf16Offset(in: line) + 1
        #expect(
            seven.diagnostics.hasPrefix(
                "test.lob:1:\(column): fout: leerjaar 7 bestaat niet: een leerjaar is 1 tot en met 6"))
        let period = test.run(
            "activiteit nieuw X --naam x --soort les --leerjaar 2 --competentie netwerken --van 2026-10-01 --tot 1-9-2026"
        )
        #expect(period.error?.message == Message(.activityPeriodReversed, "2026-10-01", "2026-09-01"))
        #expect(
            test.run("activiteit wijzig OD-HAN --schooltype vmbo-tl").error?.message
                == Message(.activityYearNotInTypes, "5", "vmbo-tl"))
        #expect(
            test.run("activiteit nieuw X --naam x --soort les --leerjaar 2").error?.message
                == Message(.activityFlagRequired, "--competentie", "activiteit nieuw"))
    }

    @Test func anUnknownCodeIsNamedWithTheNearestCodes() throws {
        let test = try school()
        try test.output(
            "activiteit nieuw OD-HZ --naam \"Open dag HZ\" --soort open-dag --leerjaar 5 --competentie werkexploratie")
        for verb in ["toon", "verwijder", "wijzig"] {
            let typo = test.run("activiteit \(verb) ODHAN" + (verb == "wijzig" ? " --naam y" : ""))
            #expect(typo.error?.kind == .failed)
            #expect(typo.error?.message == Message(.activityUnknownSuggest, "ODHAN", "'OD-HAN'"), "\(verb)")
        }
        #expect(
            test.run("activiteit toon OD").error?.message == Message(.activityUnknownSuggest, "OD", "'OD-HAN', 'OD-HZ'")
        )
        #expect(test.run("activiteit toon BEURS").error?.message == Message(.activityUnknown, "BEURS"))
    }

    @Test func verwijderRemovesOneActivity() throws {
        let test = try school()
        #expect(try test.output("activiteit verwijder wie-1") == "activiteit WIE-1 verwijderd: Wie ben ik?\n")
        #expect(try test.output("activiteit lijst | kolommen code | naar csv") == "code\nOD-HAN\n")
        #expect(test.run("activiteit toon WIE-1").error?.message == Message(.activityUnknown, "WIE-1"))
    }

    @Test func codesCompleteByCodeAndByName() throws {
        let test = try TestSession(demo: true)
        let completer = Completer(session: test.session)
        let byCode = completer.complete("activiteit toon OD-H").candidates
        #expect(byCode.map(\.text) == ["OD-HAN", "OD-HZ"])
        #expect(byCode.map(\.display) == ["OD-HAN  Open dag HAN", "OD-HZ  Open dag Hogeschool Zuid"])
        #expect(completer.complete("activiteit wijzig radboud").candidates.map(\.text) == ["OD-RU"])
        #expect(completer.complete("activiteit verwijder od-r").candidates.map(\.text) == ["OD-RU"])
        #expect(completer.complete("activiteit lijst --soort open").candidates.map(\.text) == ["open-dag"])
        #expect(
            completer.complete("activiteit nieuw X --competentie net").candidates.map(\.text) == ["netwerken"])
        #expect(completer.complete("activiteit toon OD-HAN --").candidates.isEmpty)
    }
}
