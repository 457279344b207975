import Testing

@testable import LOBKit

@MainActor
struct TourTests {
    @Test func withoutAnyoneToAnswerItListsTheSteps() throws {
        let test = try TestSession(demo: true)
        let output = try test.output("rondleiding")
        #expect(
            output.hasPrefix(
                """
                Rondleiding in 10 stappen; start lobsh --demo --rondleiding om ze een voor een te doen:

                  1. Het overzicht
                     help

                  2. Leerlingen en de pijplijn
                     leerling lijst --leerjaar 3 | eerste 5

                """))
        #expect(output.hasSuffix("  10. Alles terug naar het begin\n     demo herstel\n"))
        #expect(test.session.takeTourRequest() == nil)
    }

    @Test func atThePromptItAsksLobshToResumeWhereTheTourWasLeft() throws {
        let test = try TestSession(demo: true)
        test.session.drivesTour = true
        test.session.tourPosition = 4
        #expect(try test.output("rondleiding") == "")
        #expect(test.session.takeTourRequest() == 4)
        #expect(test.session.takeTourRequest() == nil)
        try test.output("rondleiding opnieuw")
        #expect(test.session.takeTourRequest() == 0)
        try test.output("tour --restart")
        #expect(test.session.takeTourRequest() == 0)
        try test.output("rondleiding --stap 10")
        #expect(test.session.takeTourRequest() == 9)
    }

    @Test func aStepOutsideTheTourIsAUsageError() throws {
        let test = try TestSession(demo: true)
        let error = test.run("rondleiding --stap 11").error
        #expect(error?.kind == .usage)
        #expect(error?.message == Message(.tourStepOutOfRange, "10", "11"))
    }

    @Test func onARealDatabaseTheTourIsRefused() throws {
        let test = try TestSession(demo: false)
        test.session.drivesTour = true
        #expect(test.run("rondleiding").error?.message == Message(.tourNeedsDemo))
        #expect(test.session.takeTourRequest() == nil)
    }
}
