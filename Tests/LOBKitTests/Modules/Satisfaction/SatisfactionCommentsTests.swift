import Testing

@testable import LOBKit

@MainActor
struct SatisfactionCommentsTests {
    @Test func commentsAreListedWithoutNamesAndFilteredOnShareable() throws {
        let school = try SatisfactionTestSchool()
        try school.write(
            "peiling.csv",
            "respondent,schooltype,leerjaar,LOB01,opmerking,deelbaar\nr1,havo,4,4,Fijn,ja\nr2,havo,4,2,Saai,\n")
        try school.test.output("tevredenheid importeer peiling.csv --schooljaar 2026-2027")
        #expect(
            try school.test.output("tevredenheid opmerkingen | naar csv")
                == "nummer,schooljaar,bron,item,opmerking,deelbaar\n1,2026-2027,peiling,,Fijn,ja\n"
                + "2,2026-2027,peiling,,Saai,nee\n")
        #expect(
            try school.test.output("tevredenheid opmerkingen --deelbaar | kolommen opmerking | naar csv")
                == "opmerking\nFijn\n")
        #expect(
            try school.test.output("tevredenheid opmerkingen --schooljaar 2025-2026 | aantal") == "0\n")
    }
}
