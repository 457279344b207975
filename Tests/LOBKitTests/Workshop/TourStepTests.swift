import Foundation
import Testing

@testable import LOBKit

@MainActor
struct TourStepTests {
    @Test func theWorkshopHasAboutTenStepsEndingWithAReset() {
        let commands = TourStep.workshop.map { $0.command(schoolYear: SchoolYear(validStartYear: 2026)) }
        #expect(
            commands == [
                "help",
                "leerling lijst --leerjaar 3 | eerste 5",
                "leerling lijst | waar profiel = NG | sorteer achternaam | kolommen roepnaam achternaam klas | eerste 5",
                "agenda scan",
                "activiteit dekking",
                "gesprek zonder --sinds 2026-09-01 | groepeer mentor | sorteer aantal --aflopend | eerste 5",
                "doorstroom overzicht --per bestemming",
                "tevredenheid overzicht --thema lob",
                "evaluatie rapport --formaat html > jaarverslag.html",
                "demo herstel",
            ])
    }

    @Test func theConversationStepStartsOnTheFirstOfSeptemberOfTheSchoolYear() throws {
        let step = try #require(TourStep.workshop.first { $0.template.contains("{1-september}") })
        #expect(step.command(schoolYear: SchoolYear(validStartYear: 2030)).contains("--sinds 2030-09-01 "))
    }

    @Test func everyStepExplainsInTwoOrThreeSentencesInBothLanguages() throws {
        let sentenceEnd = try Regex("[.?!](\\s|$)")
        for step in TourStep.workshop {
            for text in [step.explanation.dutch, step.explanation.english] {
                #expect((2...3).contains(text.matches(of: sentenceEnd).count), "\(text)")
            }
            #expect(!step.title.dutch.isEmpty && !step.title.english.isEmpty)
        }
    }

    @Test(arguments: TourStep.workshop.indices)
    func everyStepRunsOnTheDemoSchool(_ index: Int) throws {
        let test = try TestSession(demo: true)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tour-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        test.session.workingDirectory = folder.path
        let command = TourStep.workshop[index].command(schoolYear: test.session.currentSchoolYear)
        let result = test.run(command)
        #expect(result.error == nil, "\(command): \(result.diagnostics)")
    }
}
