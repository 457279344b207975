import Testing

@testable import LOBKit

@MainActor
struct SatisfactionTemplateTests {
    @Test func theTemplateListsTheTenLOBItemsWithThemeQuestionAndScale() throws {
        let school = try SatisfactionTestSchool()
        let csv = try school.test.output("tevredenheid sjabloon | eerste 2 | naar csv")
        #expect(
            csv == """
                item,thema,vraag,schaal
                LOB01,lob,De LOB-activiteiten helpen mij ontdekken waar ik goed in ben.,"1 = helemaal oneens, 2 = oneens, 3 = neutraal, 4 = eens, 5 = helemaal eens"
                LOB02,lob,De LOB-activiteiten helpen mij ontdekken wat ik belangrijk en leuk vind.,"1 = helemaal oneens, 2 = oneens, 3 = neutraal, 4 = eens, 5 = helemaal eens"

                """)
        #expect(try school.test.output("tevredenheid sjabloon | aantal") == "10\n")
        let english = try SatisfactionTestSchool(language: .english)
        #expect(
            try english.test.output("satisfaction template | first 1 | kolommen vraag | naar csv")
                == "vraag\nThe LOB activities help me find out what I am good at.\n")
    }

    @Test func theFilledInAnswerSheetImportsBack() throws {
        let school = try SatisfactionTestSchool()
        try school.test.output("tevredenheid sjabloon --invulblad > antwoorden.csv")
        let header = try school.read("antwoorden.csv")
        #expect(
            header
                == "respondent,schooltype,leerjaar,LOB01,LOB02,LOB03,LOB04,LOB05,LOB06,LOB07,LOB08,LOB09,LOB10,opmerking,deelbaar\n"
        )
        try school.write(
            "antwoorden.csv",
            header
                + "1,havo,4,4,4,5,3,4,5,3,2,4,4,Leuke open dag,ja\n"
                + "2,havo,4,2,3,3,,4,4,3,2,3,3,,\n")
        #expect(
            try school.test.output("tevredenheid importeer antwoorden.csv --schooljaar 2026-2027")
                == "antwoorden.csv: 2 respondenten, 10 items, 1 groepen en 1 opmerkingen ingelezen voor 2026-2027 "
                + "(bron antwoorden)\n")
        let results = try school.results()
        #expect(results.map(\.itemID) == SatisfactionItem.lobQuestionnaire.map(\.id))
        #expect(results.map(\.respondents) == [2, 2, 2, 1, 2, 2, 2, 2, 2, 2])
        #expect(results.first?.mean == 3)
        #expect(try school.comments().map(\.isShareable) == [true])
    }
}
