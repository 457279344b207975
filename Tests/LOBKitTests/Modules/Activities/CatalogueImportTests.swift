import Foundation
import Testing

@testable import LOBKit

/// `activiteit importeer`: robust reading, every bad row by line, all or nothing unless `--sla-fouten-over`.
@MainActor
struct CatalogueImportTests {
    private func write(_ text: String, bom: Bool = false) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("catalogus-\(UUID().uuidString).csv")
            .path
        try Data((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A spreadsheet export: BOM, `;`, CRLF, headers in other case and spelling, lists in every notation.
    static let spreadsheet = #"""
        Code;Naam;Soort;Omschrijving;Schooltypen;Leerjaren;Competenties;Keuzemoment;Buiten school;Partner;Van;Tot;Verplicht\#r
        OD-HAN;Open dag HAN;open dag;"Open dag; kies twee opleidingen";HAVO|vwo;4-6;werkexploratie;vervolgopleiding;ja;HAN;1-2-2027;1-2-2027;nee\#r
        WIE-1;Wie ben ik?;les;;;1;Kwaliteitenreflectie, motievenreflectie;;nee;;;;ja\#r
        PROF-3;Profielkeuze;les;;havo,vwo;"3";loopbaansturing|motievenreflectie;profielkeuze-havo-vwo-3;;;;;x\#r
        \#r

        """#

    @Test func aSpreadsheetExportImportsEveryRowIntact() throws {
        let path = try write(CatalogueImportTests.spreadsheet, bom: true)
        let test = try TestSession(demo: false)
        #expect(
            try test.output("activiteit importeer \(path)")
                == "3 activiteiten ingelezen: 3 nieuw, 0 bijgewerkt, 0 overgeslagen\n")
        #expect(
            try test.output("activiteit lijst | naar csv") == """
                code,naam,soort,schooltypen,leerjaren,competenties,keuzemoment,buiten-school,partner,van,tot,verplicht
                OD-HAN,Open dag HAN,open-dag,"havo, vwo","4, 5, 6",werkexploratie,vervolgopleiding,ja,HAN,2027-02-01,2027-02-01,nee
                PROF-3,Profielkeuze,les,"havo, vwo",3,"motievenreflectie, loopbaansturing",profielkeuze-havo-vwo-3,nee,,,,ja
                WIE-1,Wie ben ik?,les,alle,1,"kwaliteitenreflectie, motievenreflectie",,nee,,,,ja

                """)
        #expect(
            try test.output("activiteit toon OD-HAN | kolommen omschrijving | naar csv")
                == "omschrijving\nOpen dag; kies twee opleidingen\n")
    }

    @Test func reImportingUpdatesActivitiesByCode() throws {
        let header = "code,naam,soort,leerjaren,competenties\n"
        let first = try write(header + "WIE-1,Wie ben ik?,les,1,kwaliteitenreflectie\n")
        let second = try write(
            header + "wie-1,Wie ben ik? (nieuw),les,1;2,kwaliteitenreflectie\nGAST-2,Gastles,gastles,2,werkexploratie\n"
        )
        let test = try TestSession(demo: false)
        try test.output("activiteit importeer \(first)")
        #expect(
            try test.output("activiteit importeer \(second)")
                == "2 activiteiten ingelezen: 1 nieuw, 1 bijgewerkt, 0 overgeslagen\n")
        #expect(
            try test.output("activiteit lijst | kolommen code naam leerjaren | naar csv")
                == "code,naam,leerjaren\nGAST-2,Gastles,2\nWIE-1,Wie ben ik? (nieuw),\"1, 2\"\n")
    }

    @Test func aBadRowFailsTheWholeImportListingEveryBadRow() throws {
        let path = try write(
            """
            code,naam,soort,schooltypen,leerjaren,competenties,keuzemoment,buiten-school,van,tot
            GOED-1,Goed,les,,1,netwerken,,nee,,
            SOORT,Fout,lesje,,1,netwerken,,nee,,
            TYPE,Fout,les,lyceum,1,netwerken,,nee,,
            JAAR,Fout,les,,7,netwerken,,nee,,
            JAREN,Fout,les,,vier,netwerken,,nee,,
            VMBO,Fout,les,vmbo-kb,5,netwerken,,nee,,
            COMP,Fout,les,,1,netwerk,,nee,,
            MOMENT,Fout,les,,1,netwerken,profiel,nee,,
            JANEE,Fout,les,,1,netwerken,,misschien,,
            DATUM,Fout,les,,1,netwerken,,nee,31-2-2027,
            PERIODE,Fout,les,,1,netwerken,,nee,2027-03-01,2027-02-01
            goed-1,Dubbel,les,,1,netwerken,,nee,,
            ,Geen code,les,,1,netwerken,,nee,,
            KORT,Fout
            "OPEN,Fout,les,,1,netwerken,,nee,,

            """)
        let test = try TestSession(demo: false)
        let result = test.run("activiteit importeer \(path)")
        #expect(result.error?.kind == .data)
        #expect(result.error?.message == Message(.importFailed, path, "14"))
        for expected in [
            "\(path):3: soort 'lesje' is onbekend (bekend: open-dag, meeloopdag,",
            "\(path):4: onbekend schooltype 'lyceum'",
            "\(path):5: leerjaar 7 bestaat niet: een leerjaar is 1 tot en met 6",
            "\(path):6: leerjaren 'vier' is geen lijst van leerjaren zoals 4;5;6 of 4-6",
            "\(path):7: leerjaar 5 bestaat niet in vmbo-kb",
            "\(path):8: competenties 'netwerk' is onbekend",
            "\(path):9: keuzemoment 'profiel' is onbekend",
            "\(path):10: buiten-school is ja of nee, niet 'misschien'",
            "\(path):11: van '31-2-2027' is geen datum",
            "\(path):12: van (2027-03-01) ligt na tot (2027-02-01)",
            "\(path):13: code goed-1 staat ook op regel 2",
            "\(path):14: code ontbreekt",
            "\(path):15: 2 velden, de kopregel heeft er 10",
            "\(path):16: een aanhalingsteken wordt niet gesloten",
        ] {
            #expect(result.diagnostics.contains(expected), "\(expected)")
        }
        #expect(try test.output("activiteit lijst | aantal") == "0\n")
    }

    @Test func skippingErrorsImportsTheGoodRows() throws {
        let path = try write(
            "code,naam,soort,leerjaren,competenties\nGOED-1,Goed,les,1,netwerken\nFOUT-1,Fout,les,1-9,netwerken\n")
        let test = try TestSession(demo: false)
        let result = test.run("activiteit importeer \(path) --sla-fouten-over")
        #expect(result.error == nil)
        #expect(result.output == "1 activiteiten ingelezen: 1 nieuw, 0 bijgewerkt, 1 overgeslagen\n")
        #expect(result.diagnostics.contains("\(path):3: leerjaar 9 bestaat niet"))
        #expect(try test.output("activiteit lijst | kolommen code | naar csv") == "code\nGOED-1\n")
    }

    @Test func kolomMapsAnUnusualHeader() throws {
        let path = try write("Afkorting,Wat,Vorm,Jaar,Ontwikkelt\nWIE-1,Wie ben ik?,les,1,kwaliteitenreflectie\n")
        let test = try TestSession(demo: false)
        #expect(test.run("activiteit importeer \(path)").error?.message.key == .importMissingColumns)
        try test.output(
            "activiteit importeer \(path) --kolom code=Afkorting --kolom naam=wat --kolom soort=Vorm --kolom competenties=Ontwikkelt"
        )
        #expect(try test.output("activiteit lijst | kolommen code naam | naar csv") == "code,naam\nWIE-1,Wie ben ik?\n")
        #expect(
            test.run("activiteit importeer \(path) --kolom nam=Wat").error?.message
                == Message(.unknownChoiceSuggest, "nam", "--kolom", "naam"))
    }
}
