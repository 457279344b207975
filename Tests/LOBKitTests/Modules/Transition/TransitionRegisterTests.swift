import Testing

@testable import LOBKit

@MainActor
struct TransitionRegisterTests {
    @Test func registersAndUpdatesKeepingWhatIsNotGiven() throws {
        let school = try TransitionTestSchool()
        #expect(
            try school.test.output(
                "doorstroom registreer 5001 --cohort 2025 --schooltype havo --profiel NG --bestemming hbo "
                    + "--instelling \"Hogeschool Zuid\" --opleiding Verpleegkunde")
                == "doorstroom van 5001 (cohort 2025) vastgelegd: hbo, na een jaar onbekend\n")
        #expect(
            try school.test.output("doorstroom registreer 5001 --cohort 2025 --status geswitcht")
                == "doorstroom van 5001 (cohort 2025) bijgewerkt: hbo, na een jaar geswitcht\n")
        #expect(
            try school.alumni() == [
                AlumnusDestination(
                    studentNumber: "5001", cohort: 2025, schoolType: .havo, profile: "NG", destination: .hbo,
                    institution: "Hogeschool Zuid", programme: "Verpleegkunde", status: .switched)
            ])
    }

    @Test func aNewAlumnusNeedsSchoolTypeDestinationAndCohort() throws {
        let school = try TransitionTestSchool()
        let noType = school.test.run("doorstroom registreer 5001 --cohort 2025 --bestemming hbo")
        #expect(noType.error?.message == Message(.transitionNewNeedsTypeAndDestination, "5001"))
        let noCohort = school.test.run("doorstroom registreer 5001 --schooltype havo --bestemming hbo")
        #expect(noCohort.error?.message == Message(.transitionNeedsCohort))
        let badChoice = school.test.run("doorstroom registreer 5001 --cohort 2025 --schooltype havo --bestemming uni")
        #expect(badChoice.error?.kind == .usage)
        #expect(try school.alumni().isEmpty)
    }
}
