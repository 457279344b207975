import Testing

@testable import LOBKit

@MainActor
struct AgendaTests {
    /// An empty school with a few hand-made assessments in 2025-2026 and 2026-2027 (the test clock's year).
    private func school(_ script: String = "") throws -> TestSession {
        let test = try TestSession(demo: false)
        try test.output("zet door Proef\n" + script)
        return test
    }

    @Test func theEightNormsAreBuiltIn() throws {
        let test = try school()
        #expect(try test.output("agenda normen | aantal") == "8\n")
        #expect(try test.output("agenda normen | kolommen norm | naar csv") == "norm\nB1\nB2\nB3\nA1\nA2\nA3\nA4\nK1\n")
        #expect(Set(Norm.all.map(\.pillar)) == Set(Pillar.allCases))
    }

    @Test func anUnknownNormListsTheValidIds() throws {
        let test = try school()
        let result = test.run("agenda beoordeel A9 --status gerealiseerd")
        #expect(result.error?.kind == .usage)
        #expect(result.diagnostics.contains("kies uit: B1, B2, B3, A1, A2, A3, A4, K1"))
        #expect(try test.output("agenda geschiedenis | aantal") == "0\n")
    }

    @Test(arguments: [
        "agenda beoordeel A1 --status klaar", "agenda beoordeel A1 --status gerealiseerd --schooljaar 2025-2027",
        "agenda beoordeel A1",
    ])
    func badAssessmentsChangeNothing(_ line: String) throws {
        let test = try school()
        #expect(test.run(line).error?.kind == .usage)
        #expect(try test.output("agenda geschiedenis | aantal") == "0\n")
    }

    @Test func everyChangeIsKeptAndEvidenceAccumulates() throws {
        let test = try school()
        try test.output("agenda beoordeel A1 --status niet-gestart --door Jan")
        try test.output("agenda beoordeel A1 --status in-ontwikkeling --bewijs overzicht.pdf --notitie eerste")
        try test.output("agenda beoordeel A1 --bewijs https://school.example/lob")
        let history = try test.output("agenda geschiedenis A1 | kolommen status bewijs notitie | naar csv")
        #expect(
            history == """
                status,bewijs,notitie
                niet-gestart,,
                in-ontwikkeling,overzicht.pdf,eerste
                in-ontwikkeling,overzicht.pdf; https://school.example/lob,eerste

                """)
        #expect(
            try test.output("agenda normen | waar norm = A1 | kolommen status | naar csv")
                == "status\nin-ontwikkeling\n")
        #expect(
            try test.output("agenda geschiedenis A1 | eerste 1 | kolommen door datum | naar csv")
                == "door,datum\nJan,2026-11-29\n")
    }

    @Test func aNewYearStartsAsACopyOfTheLast() throws {
        let test = try school(
            "agenda beoordeel B1 --status gerealiseerd --bewijs plan.pdf --schooljaar 2025-2026\nagenda beoordeel K1 --status in-ontwikkeling --schooljaar 2025-2026"
        )
        #expect(
            try test.output("agenda nieuw-jaar 2026-2027")
                == "scan 2026-2027 begonnen: 2 normen overgenomen uit 2025-2026\n")
        #expect(
            try test.output("agenda normen --schooljaar 2026-2027 | waar status ~ e | kolommen norm status | naar csv")
                == "norm,status\nB1,gerealiseerd\nK1,in-ontwikkeling\n")
        #expect(test.run("agenda nieuw-jaar 2026-2027").error?.message.key == .agendaYearExists)
        #expect(test.run("agenda nieuw-jaar 2020-2021").error?.message.key == .agendaNothingToCopy)
        #expect(
            try test.output("agenda geschiedenis --schooljaar 2025-2026 | aantal") == "2\n", "the old year is untouched"
        )
    }

    @Test func compareShowsWhatMoved() throws {
        let test = try school(
            """
            agenda beoordeel B1 --status in-ontwikkeling --bewijs concept.pdf --schooljaar 2025-2026
            agenda beoordeel A1 --status gerealiseerd --schooljaar 2025-2026
            agenda beoordeel B1 --status gerealiseerd --bewijs concept.pdf --bewijs notulen-mr.pdf
            agenda beoordeel A1 --status in-ontwikkeling
            agenda beoordeel K1 --status niet-gestart
            """)
        let table = try test.output(
            "agenda vergelijk 2025-2026 2026-2027 | waar norm = B1 of norm = A1 of norm = K1 | naar csv")
        #expect(
            table == """
                norm,titel,2025-2026,2026-2027,verandering,nieuw bewijs
                B1,Visie en herkenbaar LOB-beleid,in-ontwikkeling,gerealiseerd,↑,1
                A1,Voldoende LOB-activiteiten vanaf leerjaar 1,gerealiseerd,in-ontwikkeling,↓,0
                K1,Jaarlijkse evaluatie met de MR,,niet-gestart,nieuw,0

                """)
    }

    @Test func startPutsPolicyFirstAndLeavesOutWhatIsRealised() throws {
        let test = try school("agenda beoordeel B1 --status gerealiseerd\nagenda beoordeel A1 --status in-ontwikkeling")
        let scan = try test.output("agenda scan --als start")
        #expect(scan.contains("Totaal: 1 van 8 gerealiseerd (13%)"))
        #expect(scan.contains("  - 1. B2 Leerlingen en ouders geïnformeerd: niet beoordeeld"))
        #expect(
            scan.contains(
                "  - 3. A1 Voldoende LOB-activiteiten vanaf leerjaar 1: in ontwikkeling\n    Vul de lege vakken"))
        #expect(scan.contains("  - 7. K1"))
        #expect(!scan.contains("B1 Visie"))
        let done = try school(
            Norm.all.map { "agenda beoordeel \($0.id) --status gerealiseerd" }.joined(separator: "\n"))
        #expect(try done.output("agenda scan --als start").contains("Alle normen zijn gerealiseerd"))
    }

    @Test func inventoryGivesTheNextStepOfWhatIsUnderWay() throws {
        let test = try school("agenda beoordeel A3 --status in-ontwikkeling\nagenda beoordeel B1 --status gerealiseerd")
        let scan = try test.output("agenda scan --als inventarisatie")
        #expect(scan.contains("Beleid: 1 van 3 gerealiseerd (33%)"))
        #expect(scan.contains("Begeleiding: 0 van 2 gerealiseerd (0%)"))
        #expect(
            scan.contains(
                "A3 Deskundigheid voor loopbaangesprekken: in ontwikkeling\n    Volgende stap: Train mentoren"))
        #expect(scan.contains("B2 Leerlingen en ouders geïnformeerd: niet beoordeeld\n    Begin: Schrijf één pagina"))
        #expect(scan.contains("B1 Visie en herkenbaar LOB-beleid: gerealiseerd\n    Gerealiseerd; bewaken."))
    }

    @Test func evaluationSaysWhatChangedSinceLastYear() throws {
        let test = try school(
            """
            agenda beoordeel A2 --status niet-gestart --schooljaar 2025-2026
            agenda beoordeel A2 --status gerealiseerd --bewijs programma.pdf
            agenda beoordeel B3 --status in-ontwikkeling --schooljaar 2025-2026
            agenda beoordeel B3 --status in-ontwikkeling
            """)
        let scan = try test.output("agenda scan --als evaluatie")
        #expect(scan.contains("Wat veranderde sinds 2025-2026"))
        #expect(scan.contains("  - A2 Een samenhangend programma: niet gestart → gerealiseerd ↑ · 1 × nieuw bewijs"))
        #expect(!scan.contains("  - B3 Leerlingen medeverantwoordelijk: in ontwikkeling → in ontwikkeling"))
        #expect(
            scan.contains(
                "A2 Een samenhangend programma: gerealiseerd\n    Vraag leerlingen of zij de samenhang ervaren"))
        let unchanged = try school()
        #expect(try unchanged.output("agenda scan --als evaluatie").contains("Geen normen veranderd van status"))
    }

    @Test func indicatorsSayNoDataRatherThanInventingANumber() throws {
        let test = try school()
        let shown = try test.output("agenda toon A2")
        #expect(shown.contains("nog geen indicatoren") || shown.contains("geen gegevens"))
        let registry = test.session.registry
        let store = try test.session.store()
        for indicator in registry.indicators {
            let value = try store.transaction { transaction throws(LOBError) in
                try indicator.measure(in: transaction, schoolYear: SchoolYear(validStartYear: 2026))
            }
            #expect(value == .noData, "\(indicator.id) invents a value on an empty school")
        }
    }

    @Test func toonShowsTextEvidenceAndAssessment() throws {
        let test = try school("agenda beoordeel A4 --status in-ontwikkeling --bewijs portfolio --notitie invoering")
        let shown = try test.output("agenda toon a4")
        #expect(shown.hasPrefix("A4 — Een overdraagbaar loopbaandocument (Begeleiding)"))
        #expect(shown.contains("plusdocument"))
        #expect(shown.contains("Wat telt als bewijs"))
        #expect(
            shown.contains(
                "  - status: in ontwikkeling\n  - door Proef op 2026-11-29\n  - bewijs: portfolio\n  - notitie: invoering"
            ))
    }

    @Test func theReportIsAWholeHtmlPageOrMarkdown() throws {
        let test = try TestSession(demo: true)
        let html = try test.output("agenda rapport --formaat html")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<h1>LOB-scan 2026-2027 Het Zuiderlicht College</h1>"))
        #expect(html.contains("<td>B1</td>"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
        let markdown = try test.output("agenda rapport")
        #expect(markdown.hasPrefix("# LOB-scan 2026-2027"))
        #expect(markdown.contains("| norm | titel | status | 2025-2026 | bewijs | indicatoren |"))
    }

    @Test func theDemoHasTwoYearsOfScans() throws {
        let test = try TestSession(demo: true)
        #expect(
            try test.output("agenda geschiedenis | uniek schooljaar | naar csv") == "schooljaar\n2025-2026\n2026-2027\n"
        )
        #expect(try test.output("agenda normen | waar status = in-ontwikkeling | aantal") != "0\n")
    }
}
