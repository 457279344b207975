import Testing

@testable import LOBKit

@MainActor
struct SatisfactionImportTests {
    @Test func aFileWithOneRowPerAnswerIsCountedPerItemAndGroupWithoutRespondentIds() throws {
        let school = try SatisfactionTestSchool()
        try school.write(
            "antwoorden.csv",
            """
            respondent,schooltype,leerjaar,item,score,opmerking,deelbaar
            a,havo,4,LOB01,4,Goede meeloopdag,ja
            a,havo,4,LOB02,5,,
            b,havo,4,lob01,2,Te weinig tijd,nee
            c,,,LOB01,,,

            """)
        #expect(
            try school.test.output("tevredenheid importeer antwoorden.csv --schooljaar 2025-2026")
                == "antwoorden.csv: 2 respondenten, 2 items, 1 groepen en 2 opmerkingen ingelezen voor 2025-2026 "
                + "(bron antwoorden)\n")
        let year = try SatisfactionTestSchool.year("2025-2026")
        let havo4 = SatisfactionGroup(schoolType: .havo, year: 4)
        #expect(
            try school.results() == [
                SatisfactionResult(
                    schoolYear: year, source: "antwoorden", itemID: "LOB01", group: havo4, respondents: 2, mean: 3,
                    distribution: [0, 1, 0, 1, 0]),
                SatisfactionResult(
                    schoolYear: year, source: "antwoorden", itemID: "LOB02", group: havo4, respondents: 1, mean: 5,
                    distribution: [0, 0, 0, 0, 1]),
            ])
        #expect(
            try school.comments() == [
                SatisfactionComment(
                    id: 1, schoolYear: year, source: "antwoorden", itemID: "LOB01", text: "Goede meeloopdag",
                    isShareable: true),
                SatisfactionComment(
                    id: 2, schoolYear: year, source: "antwoorden", itemID: "LOB01", text: "Te weinig tijd",
                    isShareable: false),
            ])
    }

    @Test func totalsAreReadWithADecimalCommaAndAMeanFromTheDistribution() throws {
        let school = try SatisfactionTestSchool()
        try school.write(
            "totalen.csv",
            """
            Item;Schooltype;Leerjaar;N;Gemiddelde;n1;n2;n3;n4;n5
            LOB01;havo;;40;3,5;2;4;12;16;6
            ALG01;alle;;120;3,9;;;;;
            LOB02;vwo;5;10;;0;0;5;5;0

            """)
        #expect(
            try school.test.output("tevredenheid importeer totalen.csv --schooljaar 2025-2026 --bron enquete")
                == "totalen.csv: 3 resultaten (3 items, 3 groepen) ingelezen voor 2025-2026 (bron enquete)\n")
        let results = try school.results()
        #expect(results.map(\.itemID) == ["ALG01", "LOB01", "LOB02"])
        #expect(results.map(\.mean) == [3.9, 3.5, 3.5])
        #expect(results.map(\.distribution) == [nil, [2, 4, 12, 16, 6], [0, 0, 5, 5, 0]])
        #expect(
            results.map(\.group) == [.everyone, SatisfactionGroup(schoolType: .havo), .init(schoolType: .vwo, year: 5)])
    }

    @Test func badAnswerRowsFailTheImportWithLineColumnAndReason() throws {
        let school = try SatisfactionTestSchool()
        try school.write(
            "fout.csv",
            """
            respondent,schooltype,leerjaar,item,score,opmerking,deelbaar
            a,havo,4,LOB01,7,,
            a,havo,4,XYZ,3,,
            a,havo,4,LOB02,3,,
            a,havo,5,LOB03,3,,
            a,havo,4,LOB02,4,,
            b,vwo,7,LOB01,3,,
            c,vmbo-tl,5,LOB01,3,,
            d,atheneum-x,,LOB01,3,,
            e,havo,4,LOB01,3,tekst,misschien

            """)
        let result = school.test.run("tevredenheid importeer fout.csv")
        #expect(result.error?.kind == .data)
        #expect(result.error?.kind.exitCode == 3)
        #expect(
            result.error?.details.map { $0.text(.dutch) } == [
                "fout.csv:2: score: '7' is geen score van 1 tot en met 5",
                "fout.csv:3: item: onbekend item 'XYZ' (de bekende items staan in tevredenheid items)",
                "fout.csv:5: schooltype/leerjaar: respondent a staat op regel 4 in groep havo 4; een respondent hoort bij één groep",
                "fout.csv:6: item: respondent a beantwoordt LOB02 ook op regel 4",
                "fout.csv:7: leerjaar: '7' is geen leerjaar van 1 tot en met 6 (of leeg voor alle)",
                "fout.csv:8: leerjaar: 5 bestaat niet in vmbo-tl",
                "fout.csv:9: schooltype: 'atheneum-x' is geen schooltype (kies uit: vmbo-bb, vmbo-kb, vmbo-gl, vmbo-tl, havo, vwo, of leeg voor alle)",
                "fout.csv:10: deelbaar: 'misschien' is geen ja of nee",
            ])
        #expect(try school.results().isEmpty)
    }

    @Test func badTotalRowsFailTheImportWithLineColumnAndReason() throws {
        let school = try SatisfactionTestSchool()
        try school.write(
            "fout.csv",
            """
            item,schooltype,leerjaar,n,gemiddelde,n1,n2,n3,n4,n5
            LOB01,havo,4,10,,1,2,3,3,1
            LOB01,havo,,30,3.1,,,,,
            LOB02,havo,4,10,,1,2,3,4,1
            LOB02,havo,5,10,4.5,1,2,3,3,1
            LOB03,havo,5,0,3,,,,,
            LOB03,havo,4,10,,1,2,,3,1
            LOB04,havo,4,10,6,,,,,
            LOB04,havo,5,10,,,,,,
            LOB01,havo,4,10,3,,,,,
            LOB99,havo,4,10,3,,,,,

            """)
        #expect(
            school.details("tevredenheid importeer fout.csv") == [
                "fout.csv:3: item LOB01 voor havo overlapt met havo 4 op regel 2; geef per item óf alle groepen samen óf aparte groepen",
                "fout.csv:4: n: 10 klopt niet met n1 tot en met n5, die samen 11 zijn",
                "fout.csv:5: gemiddelde: 4.5 klopt niet met n1 tot en met n5, die 3.1 geven",
                "fout.csv:6: n: '0' is geen aantal respondenten (een geheel getal groter dan 0)",
                "fout.csv:7: n3 is leeg; vul n1 tot en met n5 alle vijf in of geen ervan",
                "fout.csv:8: gemiddelde: '6' is geen gemiddelde van 1 tot en met 5",
                "fout.csv:9: gemiddelde: leeg, en n1 tot en met n5 ook; geef een gemiddelde of de verdeling",
                "fout.csv:10: item LOB01 voor havo 4 staat ook op regel 2",
                "fout.csv:11: item: onbekend item 'LOB99' (de bekende items staan in tevredenheid items)",
            ])
        #expect(try school.results().isEmpty)
    }

    @Test func aFileOfNoKnownShapeIsRefusedNamingTheExpectedHeaders() throws {
        let school = try SatisfactionTestSchool()
        try school.write("raar.csv", "naam,cijfer\nZoë,8\n")
        let error = school.test.run("tevredenheid importeer raar.csv").error
        #expect(error?.kind == .data)
        #expect(error?.message.key == .satisfactionUnknownShape)
        #expect(error?.message.arguments == ["raar.csv", "naam, cijfer"])
    }

    @Test func importingTheSameSourceAndYearAgainReplacesItAndSaysSo() throws {
        let school = try SatisfactionTestSchool()
        try school.write("peiling.csv", "respondent,LOB01,opmerking\n1,4,Eerste\n2,2,\n")
        try school.test.output("tevredenheid importeer peiling.csv --schooljaar 2026-2027")
        try school.test.output("tevredenheid importeer peiling.csv --schooljaar 2025-2026")
        try school.write("peiling.csv", "respondent,LOB01\n1,5\n")
        let again = school.test.run("tevredenheid importeer peiling.csv --schooljaar 2026-2027")
        #expect(again.error == nil)
        #expect(
            again.diagnostics
                == "de eerdere import van bron peiling in 2026-2027 is vervangen, met de opmerkingen en hun markering deelbaar\n"
        )
        #expect(try school.results().map { "\($0.schoolYear) \($0.mean)" } == ["2025-2026 3.0", "2026-2027 5.0"])
        #expect(try school.comments().map(\.schoolYear.description) == ["2025-2026"])
    }

    @Test func skippingErrorsImportsTheGoodRowsAndListsTheBadOnes() throws {
        let school = try SatisfactionTestSchool()
        try school.write("peiling.csv", "respondent,item,score\n1,LOB01,4\n1,LOB02,9\n2,LOB01,2\n")
        let result = school.test.run("tevredenheid importeer peiling.csv --sla-fouten-over")
        #expect(result.error == nil)
        #expect(result.diagnostics == "peiling.csv:3: score: '9' is geen score van 1 tot en met 5\n")
        #expect(try school.results().map { "\($0.itemID) \($0.respondents) \($0.mean)" } == ["LOB01 2 3.0"])
    }
}
