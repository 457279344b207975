import Foundation
import Testing

@testable import LOBKit

@MainActor
struct CareerDocumentExportTests {
    @Test func markdownIsTheDefault() throws {
        let school = try CareerDocumentTestSchool()
        try school.test.output("dossier item 1001 --soort rol --omschrijving Leerlingenraad --datum 2026-09-01")
        let markdown = try school.test.output("dossier exporteer 1001")
        #expect(markdown.hasPrefix("# Loopbaandossier van Zoë Jansen\n"))
        #expect(markdown.contains("## Schooljaar 2026-2027\n\n- 2026-09-01  Rol: Leerlingenraad"))
    }

    @Test func htmlIsOneSelfContainedPageThatPrints() throws {
        let school = try CareerDocumentTestSchool()
        try school.test.output("dossier item 1001 --soort rol --omschrijving \"Raad <voorzitter>\" --datum 2026-09-01")
        let html = try school.test.output("dossier exporteer 1001 --formaat html")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("@media print"))
        #expect(html.contains("Raad &lt;voorzitter&gt;"))
        #expect(!html.contains("<link") && !html.contains("<script") && !html.contains("src="))
    }

    @Test func jsonFollowsTheVersionedSchema() throws {
        let school = try CareerDocumentTestSchool()
        try school.school.save(
            Participation(
                activityCode: "STUDIE-4", studentNumber: "1001", date: try ParticipationTestSchool.date("2026-10-01"),
                status: .participated, results: "Uitslag: zorg"))
        _ = try school.addConversation()
        try school.test.output("dossier item 1001 --soort stage --omschrijving Dierenarts --datum 2026-03-01")
        let json = try school.test.output("dossier exporteer 1001 --formaat json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "lobsh-loopbaandossier")
        #expect(object["versie"] as? Int == 1)
        #expect(object["opgemaakt"] as? String == "2026-11-29")
        let student = try #require(object["leerling"] as? [String: Any])
        #expect(student["leerlingnummer"] as? String == "1001")
        let activities = try #require(object["activiteiten"] as? [[String: Any]])
        let reflection = try #require(activities.first?["reflectie"] as? [String: Any])
        #expect(reflection["resultaten"] as? String == "Uitslag: zorg")
        #expect(reflection["beoogde-doelen"] as? String == "")
        let conversations = try #require(object["gesprekken"] as? [[String: Any]])
        #expect(conversations.first?["verslag"] as? String == CareerDocumentTestSchool.report)
        let agreement = try #require((conversations.first?["afspraken"] as? [[String: Any]])?.first)
        #expect(agreement["voor"] as? String == "2026-12-15")
        #expect(agreement["klaar"] is NSNull)
        // Exactly the documented keys of the shared part.
        #expect(
            Set(try #require(conversations.first).keys)
                == ["datum", "soort", "deelnemers", "onderwerpen", "competenties", "verslag", "afspraken"])
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.first?["soort"] as? String == "stage")
        // The test school has no rules for havo 4 yet.
        #expect(object["inspanningsverplichting"] is NSNull)
        try school.test.output("verplichting nieuw --schooltype havo --leerjaar 4 --activiteit STUDIE-4")
        let withRules = try school.test.output("dossier exporteer 1001 --formaat json")
        let reread = try #require(try JSONSerialization.jsonObject(with: Data(withRules.utf8)) as? [String: Any])
        let obligations = try #require(reread["inspanningsverplichting"] as? [String: Any])
        #expect(obligations["schooljaar"] as? String == "2026-2027")
        #expect(obligations["voldaan"] as? Bool == true)
        let rule = try #require((obligations["regels"] as? [[String: Any]])?.first)
        #expect(rule["gedaan"] as? [String] == ["STUDIE-4"])
    }

    @Test func aClassIsWrittenToAFolderOneFilePerStudent() throws {
        let school = try CareerDocumentTestSchool()
        let base = try CareerDocumentTestSchool.folder()
        school.test.session.workingDirectory = base
        let summary = try school.test.output(
            "dossier exporteer --klas h4a --map uitvoer/nieuw --formaat html | kolommen leerlingnummer bestand | naar csv"
        )
        #expect(
            summary
                == "leerlingnummer,bestand\n1002,uitvoer/nieuw/1002-Bos.html\n1001,uitvoer/nieuw/1001-Jansen.html\n")
        let files = try FileManager.default.contentsOfDirectory(atPath: base + "/uitvoer/nieuw").sorted()
        #expect(files == ["1001-Jansen.html", "1002-Bos.html"])
        let page = try String(contentsOfFile: base + "/uitvoer/nieuw/1002-Bos.html", encoding: .utf8)
        #expect(page.contains("Loopbaandossier van Sem Bos") && page.contains("Nog niets vastgelegd"))
    }

    @Test(arguments: [
        ("dossier exporteer --klas H4A", MessageKey.dossierClassNeedsFolder),
        ("dossier exporteer", .dossierNeedsStudent),
        ("dossier exporteer 1001 --klas H4A --map x", .dossierNumberOrClass),
        ("dossier exporteer 1001 --formaat pdf", .unknownChoice),
    ])
    func wrongCombinationsAreUsageErrors(_ line: String, _ key: MessageKey) throws {
        let school = try CareerDocumentTestSchool()
        let result = school.test.run(line)
        #expect(result.error?.kind == .usage)
        #expect(result.error?.message.key == key)
    }

    @Test func unknownStudentsAndClassesGetADidYouMean() throws {
        let school = try CareerDocumentTestSchool()
        school.test.session.workingDirectory = try CareerDocumentTestSchool.folder()
        let student = school.test.run("dossier exporteer 1022")
        #expect(student.error?.message.key == .participationUnknownStudentSuggest)
        let klas = school.test.run("dossier exporteer --klas H4C --map uit")
        #expect(klas.error?.message == Message(.dossierEmptyClassSuggest, "H4C", "H4A"))
    }

    @Test func theDemoExportOf1042Works() throws {
        let test = try TestSession(demo: true)
        let folder = try CareerDocumentTestSchool.folder()
        test.session.workingDirectory = folder
        try test.output("dossier exporteer 1042 --formaat html > d.html")
        let page = try String(contentsOfFile: folder + "/d.html", encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("Noah van Dam"))
    }
}
