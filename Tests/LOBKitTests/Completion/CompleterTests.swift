import Foundation
import Testing

@testable import LOBKit

@MainActor
struct CompleterTests {
    private func texts(_ prefix: String, demo: Bool = true) throws -> [String] {
        let test = try TestSession(demo: demo)
        return Completer(session: test.session).complete(prefix).candidates.map(\.text)
    }

    @Test func theFirstWordIsAGroupOrCommand() throws {
        #expect(try texts("leer", demo: false) == ["leerling"])
        #expect(try texts("", demo: false).contains("vestiging"))
        #expect(try texts("st", demo: false).contains("student"))
    }

    @Test func afterAGroupComeItsVerbs() throws {
        #expect(
            try texts("leerling ", demo: false) == [
                "importeer", "import", "lijst", "list", "toon", "show", "verwijder", "delete", "remove", "vertrek",
                "leave",
            ])
        #expect(try texts("leerling l", demo: false) == ["lijst", "list", "leave"])
    }

    @Test func flagsOfTheCommandBeingTyped() throws {
        #expect(try texts("leerling lijst --leer", demo: false) == ["--leerjaar"])
        #expect(try texts("leerling lijst --klas H1A --k", demo: false).isEmpty)
        #expect(try texts("leerling lijst | waar x = 1 | sorteer x --", demo: false) == ["--aflopend", "--descending"])
    }

    @Test func choicesOfTheFlagBeingTyped() throws {
        #expect(
            try texts("leerling lijst --schooltype vmbo-", demo: false) == ["vmbo-bb", "vmbo-kb", "vmbo-gl", "vmbo-tl"])
        #expect(try texts("leerling lijst | naar j", demo: false) == ["json"])
        #expect(try texts("leerling importeer x.csv --kolom kl", demo: false) == ["klas="])
    }

    @Test func studentNumbersAndNamesBothComplete() throws {
        let test = try TestSession(demo: true)
        let completer = Completer(session: test.session)
        let byNumber = completer.complete("leerling toon 104").candidates
        #expect(byNumber.contains { $0.text == "1042" })
        let byName = completer.complete("leerling toon Jans").candidates
        #expect(!byName.isEmpty)
        #expect(byName.allSatisfy { $0.display.contains("Jans") && Int($0.text) != nil })
        let accented = completer.complete("leerling toon Özd").candidates
        #expect(accented.contains { $0.display.contains("Özdemir") })
        #expect(completer.complete("leerling toon Jans").wordStart == "leerling toon ".unicodeScalars.count)
    }

    @Test func variablesAfterADollar() throws {
        let test = try TestSession(demo: false)
        test.run("zet jaar 2025-2026")
        #expect(Completer(session: test.session).complete("echo $ja").candidates.map(\.text) == ["$jaar"])
    }

    @Test func filesAfterBronRedirectionAndImporteer() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("complete-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("recepten"), withIntermediateDirectories: true)
        try "".write(to: folder.appendingPathComponent("rooster.csv"), atomically: true, encoding: .utf8)
        let path = folder.path + "/"
        #expect(try texts("leerling importeer \(path)ro", demo: false) == [path + "rooster.csv"])
        #expect(try texts("bron \(path)rec", demo: false) == [path + "recepten/"])
        #expect(try texts("leerling lijst > \(path)r", demo: false) == [path + "recepten/", path + "rooster.csv"])
    }

    @Test func anOpenQuoteIsForgiven() throws {
        let scan = WordScan("leerling lijst --mentor \"J. de")
        #expect(scan.current == "J. de")
        #expect(scan.stage == ["leerling", "lijst", "--mentor"])
    }

    @Test func helpCompletesTopics() throws {
        #expect(try texts("help leerling to", demo: false) == ["toon"])
    }
}

@MainActor
struct AgendaCompletionTests {
    private func texts(_ prefix: String) throws -> [String] {
        let test = try TestSession(demo: false)
        return Completer(session: test.session).complete(prefix).candidates.map(\.text)
    }

    @Test func normIdsStatusesQuestionIdsAndEventKindsComplete() throws {
        #expect(try texts("agenda beoordeel A") == ["A1", "A2", "A3", "A4"])
        #expect(try texts("agenda beoordeel B1 --status in") == ["in-ontwikkeling"])
        #expect(try texts("agenda scan --als ") == ["start", "inventarisatie", "evaluatie"])
        #expect(try texts("beleid beantwoord P").count == 7)
        #expect(try texts("beleid gebeurtenis mr") == ["mr-instemming"])
        #expect(try texts("agenda ").contains("nieuw-jaar"))
    }

    @Test func recipeNamesAfterReceptAndTheirParametersAfterTheName() throws {
        let test = try TestSession(demo: false)
        let (first, later) = try RecipeBookTests.folders()
        test.session.recipeFolders = [first, later]
        let completer = Completer(session: test.session)
        #expect(completer.complete("recept ").candidates.map(\.text) == ["dubbel", "opvolging", "zonder-kop"])
        #expect(completer.complete("recept op").candidates.map(\.text) == ["opvolging"])
        #expect(completer.complete("recept opvolging ").candidates.map(\.text) == ["weken=", "mentor=", "jaar="])
        #expect(completer.complete("recept opvolging weken=4 m").candidates.map(\.text) == ["mentor="])
        #expect(completer.complete("recept opvolging weken=4 ").candidates.map(\.text) == ["mentor=", "jaar="])
        #expect(completer.complete("recept onbekend ").candidates.isEmpty)
        test.session.workingDirectory = first
        #expect(completer.complete("bron opvolging.lob w").candidates.map(\.text) == ["weken="])
    }
}
