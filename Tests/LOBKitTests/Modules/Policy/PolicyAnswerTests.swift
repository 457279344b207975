import Foundation
import Testing

@testable import LOBKit

/// `beleid vragen`, `beantwoord`, `geschiedenis` and `toon`. The test session's today is 2026-11-29, in 2026-2027.
@MainActor
struct PolicyAnswerTests {
    @Test func theSevenQuestionsAreBuiltInAndOpenOnAnEmptyStore() throws {
        let test = try TestSession(demo: false)
        #expect(try test.output("beleid vragen | aantal") == "7\n")
        #expect(try test.output("beleid vragen | waar beantwoord = nee | aantal") == "7\n")
        #expect(
            try test.output("beleid vragen | eerste 2 | naar csv")
                == "vraag,tekst,beantwoord\nP1,Waar staan we met LOB?,nee\nP2,Wat is het doel van LOB op onze school?,nee\n"
        )
    }

    @Test func questionsAreInTheSessionLanguageAndValuesStayDutch() throws {
        let test = try TestSession(demo: false, language: .english)
        #expect(
            try test.output("policy questions | first 1 | to csv")
                == "vraag,tekst,beantwoord\nP1,Where do we stand with LOB?,nee\n")
    }

    @Test func answeringKeepsTheHistoryAndToonShowsTheLatest() throws {
        let test = try TestSession(demo: false)
        #expect(
            try test.output("beleid beantwoord P2 Eerste versie van het doel --door \"A. de Boer\"")
                == "antwoord op P2 vastgelegd voor 2026-2027\n")
        try test.output("beleid beantwoord p2 \"Tweede versie van het doel\" --door \"B. Smit\"")
        #expect(
            try test.output("beleid geschiedenis P2 | naar csv")
                == """
                vraag,schooljaar,vastgelegd,door,tekst
                P2,2026-2027,2026-11-29,A. de Boer,Eerste versie van het doel
                P2,2026-2027,2026-11-29,B. Smit,Tweede versie van het doel

                """)
        let document = try test.output("beleid toon")
        #expect(document.contains("P2 Wat is het doel van LOB op onze school?\n    Tweede versie van het doel\n"))
        #expect(document.contains("(schooljaar 2026-2027, vastgelegd op 2026-11-29 door B. Smit)"))
        #expect(!document.contains("Eerste versie"))
        #expect(document.contains("P1 Waar staan we met LOB?\n    nog niet beantwoord\n"))
    }

    @Test func anAnswerFromLastYearCarriesOverUntilANewerOne() throws {
        let test = try TestSession(demo: false)
        try test.output("beleid beantwoord P1 Vorig jaar --schooljaar 2025-2026")
        #expect(
            try test.output("beleid vragen | waar vraag = P1 | kolommen beantwoord | naar csv") == "beantwoord\nja\n")
        #expect(
            try test.output("beleid vragen --schooljaar 2024-2025 | waar beantwoord = ja | aantal") == "0\n")
        #expect(try test.output("beleid toon").contains("    Vorig jaar\n    (schooljaar 2025-2026, "))
        try test.output("beleid beantwoord P1 Dit jaar")
        #expect(try test.output("beleid toon").contains("    Dit jaar\n"))
        #expect(try test.output("beleid toon --schooljaar 2025-2026").contains("    Vorig jaar\n"))
    }

    @Test func anUnknownQuestionIsAUsageErrorWithADidYouMean() throws {
        let test = try TestSession(demo: false)
        let result = test.run("beleid beantwoord P9 Een antwoord")
        #expect(result.error?.kind == .usage)
        #expect(
            result.error?.message
                == Message(.unknownChoiceSuggestList, "P9", "vraag", "P1", "P1, P2, P3, P4, P5, P6, P7"))
        #expect(try test.output("beleid geschiedenis | aantal") == "0\n")
    }

    @Test func anEmptyAnswerIsRefused() throws {
        let test = try TestSession(demo: false)
        let result = test.run("beleid beantwoord P1 \"  \"")
        #expect(result.error?.kind == .usage)
        #expect(result.error?.message == Message(.policyEmptyText, "TEKST"))
        #expect(test.run("beleid beantwoord P1").error?.message.key == .missingArgument)
    }

    @Test func whoDefaultsToTheUserName() throws {
        let environment = ProcessInfo.processInfo.environment
        let user = [environment["USER"], environment["LOGNAME"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        let test = try TestSession(demo: false)
        try test.output("beleid beantwoord P4 Zo doen we dat")
        #expect(try test.output("beleid geschiedenis | kolommen door | naar csv") == "door\n\(user)\n")
    }

    @Test func toonAsMarkdownHasAHeadingPerQuestion() throws {
        let test = try TestSession(demo: true)
        let markdown = try test.output("beleid toon --formaat md")
        #expect(markdown.hasPrefix("# LOB-beleid 2026-2027\n\n## P1 Waar staan we met LOB?\n\n"))
        #expect(markdown.contains("## Verantwoordelijk in 2026-2027\n\n- decaan: M. Jansen\n- lob-coordinator: "))
        #expect(markdown.contains("## Gebeurtenissen in 2026-2027\n\n- 2026-08-28 gepubliceerd-schoolgids: "))
    }

    @Test func theDemoUpdatedP3AndP6ThisYear() throws {
        let test = try TestSession(demo: true)
        #expect(try test.output("beleid vragen | waar beantwoord = ja | aantal") == "7\n")
        #expect(
            try test.output("beleid geschiedenis | waar schooljaar = 2026-2027 | kolommen vraag | naar csv")
                == "vraag\nP3\nP6\n")
        #expect(try test.output("beleid geschiedenis | waar schooljaar = 2025-2026 | aantal") == "7\n")
    }
}
