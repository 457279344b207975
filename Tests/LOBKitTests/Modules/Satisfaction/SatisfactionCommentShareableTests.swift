import Testing

@testable import LOBKit

@MainActor
struct SatisfactionCommentShareableTests {
    @Test func theSchoolMarksCommentsShareableAndBack() throws {
        let school = try SatisfactionTestSchool()
        try school.write("peiling.csv", "respondent,LOB01,opmerking\nr1,4,Fijn\nr2,2,Saai\nr3,3,Gaat wel\n")
        try school.test.output("tevredenheid importeer peiling.csv")
        #expect(try school.test.output("tevredenheid opmerking-deelbaar 1 3") == "deelbaar: opmerking 1, 3\n")
        #expect(try school.comments().map(\.isShareable) == [true, false, true])
        #expect(try school.test.output("tevredenheid opmerking-deelbaar 3 --niet") == "niet deelbaar: opmerking 3\n")
        #expect(try school.comments().map(\.isShareable) == [true, false, false])
    }

    @Test func anUnknownNumberChangesNothing() throws {
        let school = try SatisfactionTestSchool()
        try school.write("peiling.csv", "respondent,LOB01,opmerking\nr1,4,Fijn\n")
        try school.test.output("tevredenheid importeer peiling.csv")
        let error = school.test.run("tevredenheid opmerking-deelbaar 1 9").error
        #expect(error?.message == Message(.satisfactionUnknownComment, "9"))
        #expect(try school.comments().map(\.isShareable) == [false])
    }
}
