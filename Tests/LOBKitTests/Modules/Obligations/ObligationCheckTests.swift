import Testing

@testable import LOBKit

/// `verplichting check` at its boundaries. Today is 2026-11-29, in school year 2026-2027; havo 5 must do
/// two open days, and the rules are recorded in each test.
@MainActor
struct ObligationCheckTests {
    private func havo5TwoOpenDays() throws -> ObligationTestSchool {
        let school = try ObligationTestSchool()
        try school.output("verplichting nieuw --schooltype havo --leerjaar 5 --soort open-dag --minimaal 2")
        return school
    }

    @Test func exactlyTheMinimumMeetsTheRule() throws {
        let school = try havo5TwoOpenDays()
        try school.participated("5001", "OD-A", on: "2026-10-01")
        try school.participated("5001", "OD-B", on: "2026-11-15")
        #expect(try school.row("5001") == "ja,ja,")
    }

    @Test func oneShortLeavesOneOpen() throws {
        let school = try havo5TwoOpenDays()
        try school.participated("5001", "OD-A", on: "2026-10-01")
        #expect(try school.row("5001") == "nee,ja,1 × open-dag")
    }

    @Test func theSameActivityTwiceCountsOnce() throws {
        let school = try havo5TwoOpenDays()
        try school.participated("5001", "OD-A", on: "2026-10-01")
        try school.participated("5001", "OD-A", on: "2026-11-01")
        #expect(try school.row("5001") == "nee,ja,1 × open-dag")
    }

    @Test func aParticipationOnThePeildatumCountsAndOneTheDayAfterDoesNot() throws {
        let school = try havo5TwoOpenDays()
        try school.participated("5001", "OD-A", on: "2026-10-01")
        try school.participated("5001", "OD-B", on: "2026-11-15")
        try school.participated("5002", "OD-A", on: "2026-10-01")
        try school.participated("5002", "OD-B", on: "2026-11-16")
        #expect(try school.row("5001", on: "2026-11-15") == "ja,ja,")
        #expect(try school.row("5002", on: "2026-11-15") == "nee,ja,1 × open-dag")
        #expect(try school.row("5002", on: "2026-11-16") == "ja,ja,")
    }

    @Test func onlyTheSchoolYearOfThePeildatumCounts() throws {
        let school = try havo5TwoOpenDays()
        try school.participated("5001", "OD-A", on: "2026-07-31")  // the last day of 2025-2026
        try school.participated("5001", "OD-B", on: "2026-08-01")  // the first day of 2026-2027
        #expect(try school.row("5001") == "nee,ja,1 × open-dag")
        #expect(try school.row("5001", on: "2026-07-31") == "nee,nee,1 × open-dag")
    }

    @Test(arguments: [ParticipationStatus.absent, .signedUp])
    func onlyTakingPartCounts(_ status: ParticipationStatus) throws {
        let school = try havo5TwoOpenDays()
        try school.participated("5001", "OD-A", on: "2026-10-01")
        try school.participated("5001", "OD-B", on: "2026-10-08", status)
        #expect(try school.row("5001") == "nee,ja,1 × open-dag")
    }

    @Test func specificActivitiesMustEachBeDone() throws {
        let school = try ObligationTestSchool()
        try school.output(
            "verplichting nieuw --schooltype havo --leerjaar 5 --activiteit OUDL-5H --activiteit PROEF-5H")
        try school.participated("5001", "PROEF-5H", on: "2026-10-01")
        try school.participated("5002", "PROEF-5H", on: "2026-10-01")
        try school.participated("5002", "OUDL-5H", on: "2026-11-01")
        #expect(try school.row("5001") == "nee,ja,OUDL-5H")
        #expect(try school.row("5002") == "ja,ja,")
        #expect(try school.row("5003") == "nee,nee,OUDL-5H; PROEF-5H")
    }

    @Test func aCompetencyCountsEveryActivityThatDevelopsIt() throws {
        let school = try ObligationTestSchool()
        try school.output("verplichting nieuw --schooltype havo --leerjaar 5 --competentie netwerken --minimaal 2")
        try school.participated("5001", "NETW-5", on: "2026-10-01")
        try school.participated("5001", "OD-A", on: "2026-10-02")  // werkexploratie: does not count
        try school.participated("5002", "NETW-5", on: "2026-10-01")
        try school.participated("5002", "OUDL-5H", on: "2026-10-02")
        #expect(try school.row("5001") == "nee,ja,1 × netwerken")
        #expect(try school.row("5002") == "ja,ja,")
    }

    @Test func anActivityOutsideTheGroupStillCountsForItsKind() throws {
        let school = try havo5TwoOpenDays()
        try school.participated("5001", "OD-A", on: "2026-10-01")
        try school.participated("5001", "OD-C", on: "2026-10-02")  // a university's open day, meant for vwo 6
        #expect(try school.row("5001") == "ja,ja,")
    }

    @Test func behindScheduleIsProRataOverTheSchoolYear() throws {
        let school = try havo5TwoOpenDays()
        // From a quarter of the year (31 October) one of two open days is due, from three quarters (1 May) both.
        #expect(try school.row("5001", on: "2026-10-30") == "nee,ja,2 × open-dag")
        #expect(try school.row("5001", on: "2026-10-31") == "nee,nee,2 × open-dag")
        try school.participated("5001", "OD-A", on: "2026-10-31")
        #expect(try school.row("5001", on: "2026-10-31") == "nee,ja,1 × open-dag")
        #expect(try school.row("5001", on: "2027-04-30") == "nee,ja,1 × open-dag")
        #expect(try school.row("5001", on: "2027-05-01") == "nee,nee,1 × open-dag")
    }

    @Test func theTableLeavesOutStudentsWithoutRulesAndPutsThoseBehindFirst() throws {
        let school = try havo5TwoOpenDays()
        try school.output("verplichting nieuw --schooltype havo --leerjaar 5 --activiteit OUDL-5H")
        try school.participated("5001", "OD-A", on: "2026-10-01")
        try school.participated("5001", "OD-B", on: "2026-10-02")
        try school.participated("5001", "OUDL-5H", on: "2026-10-03")
        try school.participated("5003", "OD-A", on: "2026-10-01")
        #expect(
            try school.output("verplichting check --peildatum 2027-03-01 | naar csv") == """
                leerlingnummer,naam,klas,schooltype,leerjaar,voldaan,op-schema,open
                5002,Bram Smit,H5A,havo,5,nee,nee,2 × open-dag; OUDL-5H
                5003,Cem Yilmaz,H5B,havo,5,nee,nee,1 × open-dag; OUDL-5H
                5001,Anna de Wit,H5A,havo,5,ja,ja,

                """)
        #expect(try school.output("verplichting check --klas h5b | aantal") == "1\n")
        #expect(try school.output("verplichting check --leerjaar 4 | aantal") == "0\n")
        #expect(try school.output("verplichting check --leerjaar 5 | waar schooltype = havo | aantal") == "3\n")
    }

    @Test func anUnknownStudentIsNamed() throws {
        let school = try havo5TwoOpenDays()
        let result = school.test.run("verplichting check 9999")
        #expect(result.error?.message == Message(.unknownStudent, "9999"))
    }

    @Test func theDemoSchoolAnswersTheCountInTheBrief() throws {
        let test = try TestSession(demo: true)
        let count = try test.output("verplichting check --leerjaar 5 | waar schooltype = havo | aantal")
        let havo5 = try test.output("leerling lijst --schooltype havo --leerjaar 5 | aantal")
        #expect(count == havo5)
        #expect(count != "0\n")
    }
}
