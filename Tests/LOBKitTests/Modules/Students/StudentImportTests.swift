import Foundation
import Testing

@testable import LOBKit

@MainActor
struct StudentImportTests {
    private func write(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("roster-\(UUID().uuidString).csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func write(_ text: String, bom: Bool = false) throws -> String {
        try write((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8))
    }

    /// An export as a school administration really produces it: BOM, `;`, CRLF, other header names in
    /// other case, quoted fields with separators, doubled quotes and a line break, a blank line at the end.
    static let awkwardRoster = #"""
        Stamnummer;Voornaam;Tussenvoegsel;ACHTERNAAM;Stamklas;Leerjaar;Afdeling;Profiel;Mentor;Groep\#r
        1042;Zoë;;Özdemir;H4A;4;HAVO;NG;"de Vries; J.";x\#r
        1043;"Jan ""Jantje""";van der;Berg;V5B;5;Atheneum;"NT\#r
        NG";A. 't Hart;y\#r
        1044;Daniël;'t;Hart;T3C;3;vmbo tl;Techniek;M. Bakker;z\#r
        1045;Anaïs;;El Amrani;B2A;2;bb;;;\#r
        \#r

        """#

    @Test func anAwkwardExportImportsEveryRowIntact() throws {
        let path = try write(StudentImportTests.awkwardRoster, bom: true)
        let test = try TestSession(demo: false)
        #expect(
            try test.output("leerling importeer \(path)")
                == "4 leerlingen ingelezen: 4 nieuw, 0 bijgewerkt, 0 overgeslagen\n")
        let csv = try test.output("leerling lijst | sorteer leerlingnummer | naar csv")
        #expect(
            csv == #"""
                leerlingnummer,roepnaam,tussenvoegsel,achternaam,klas,leerjaar,schooltype,profiel,mentor
                1042,Zoë,,Özdemir,H4A,4,havo,NG,de Vries; J.
                1043,"Jan ""Jantje""",van der,Berg,V5B,5,vwo,"NT\#r
                NG",A. 't Hart
                1044,Daniël,'t,Hart,T3C,3,vmbo-tl,Techniek,M. Bakker
                1045,Anaïs,,El Amrani,B2A,2,vmbo-bb,,

                """#)
    }

    @Test func reImportingUpdatesStudentsByNumber() throws {
        let first = try write("leerlingnummer,roepnaam,achternaam,leerjaar,schooltype,klas\n1,Zoë,Jansen,3,havo,H3A\n")
        let second = try write(
            "leerlingnummer,roepnaam,achternaam,leerjaar,schooltype,klas\n1,Zoë,Jansen,4,havo,H4A\n2,Sem,Bos,1,vwo,V1A\n"
        )
        let test = try TestSession(demo: false)
        try test.output("leerling importeer \(first)")
        #expect(
            try test.output("leerling importeer \(second)")
                == "2 leerlingen ingelezen: 1 nieuw, 1 bijgewerkt, 0 overgeslagen\n")
        #expect(try test.output("leerling toon 1 | naar json").contains("\"klas\": \"H4A\""))
    }

    @Test func aBrokenRowFailsTheWholeImportListingEveryBadRow() throws {
        let path = try write(
            """
            leerlingnummer,roepnaam,achternaam,leerjaar,schooltype
            1,Zoë,Jansen,3,havo
            2,Sem,Bos,drie,havo
            3,Eva,Kok,2,lyceum
            4,Tim,Vos,6,havo
            1,Dubbel,Nummer,1,vwo
            5,Kort
            6,Open,"Quote,1,vwo

            """)
        let test = try TestSession(demo: false)
        let result = test.run("leerling importeer \(path)")
        #expect(result.error?.kind == .data)
        let name = path
        #expect(result.diagnostics.contains("\(name):3: leerjaar 'drie' is geen getal"))
        #expect(result.diagnostics.contains("\(name):4: onbekend schooltype 'lyceum'"))
        #expect(result.diagnostics.contains("\(name):5: leerjaar 6 bestaat niet in havo (1 tot en met 5)"))
        #expect(result.diagnostics.contains("\(name):6: leerlingnummer 1 staat ook op regel 2"))
        #expect(result.diagnostics.contains("\(name):7: 2 velden, de kopregel heeft er 5"))
        #expect(result.diagnostics.contains("\(name):8: een aanhalingsteken wordt niet gesloten"))
        #expect(try test.output("leerling lijst | aantal") == "0\n")
        #expect(try test.output("vestiging lijst | aantal") == "0\n")
    }

    @Test func skippingErrorsImportsTheGoodRows() throws {
        let path = try write(
            "leerlingnummer,roepnaam,achternaam,leerjaar,schooltype\n1,Zoë,Jansen,3,havo\n2,Sem,Bos,drie,havo\n")
        let test = try TestSession(demo: false)
        let result = test.run("leerling importeer \(path) --sla-fouten-over")
        #expect(result.error == nil)
        #expect(result.output == "1 leerlingen ingelezen: 1 nieuw, 0 bijgewerkt, 1 overgeslagen\n")
        #expect(result.diagnostics.contains(":3: leerjaar 'drie' is geen getal"))
    }

    @Test func kolomMapsAnUnusualHeader() throws {
        let path = try write("nr,roep,fam,jr,soort\n7,Zoë,Jansen,2,vwo\n")
        let test = try TestSession(demo: false)
        let missing = test.run("leerling importeer \(path)")
        #expect(missing.error?.message.key == .importMissingColumns)
        try test.output(
            "leerling importeer \(path) --kolom leerlingnummer=nr --kolom roepnaam=roep --kolom achternaam=fam --kolom leerjaar=jr --kolom schooltype=soort"
        )
        #expect(try test.output("leerling lijst | aantal") == "1\n")
        #expect(
            test.run("leerling importeer \(path) --kolom klass=x").error?.message
                == Message(.unknownChoiceSuggest, "klass", "--kolom", "klas"))
    }

    @Test func aBoardExportCreatesItsVestigingenByBrin() throws {
        let path = try write(
            "brin,vestiging,leerlingnummer,roepnaam,achternaam,leerjaar,schooltype\n99ZZ,00,1,A,B,1,havo\n99ZZ,01,2,C,D,1,vwo\n"
        )
        let test = try TestSession(demo: false)
        let result = test.run("leerling importeer \(path)")
        #expect(result.error == nil)
        #expect(
            try test.output("vestiging lijst | kolommen code leerlingen | naar csv")
                == "code,leerlingen\n99ZZ-00,1\n99ZZ-01,1\n")
        #expect(
            try test.output("leerling lijst --vestiging 99ZZ-01 | kolommen leerlingnummer vestiging | naar csv")
                == "leerlingnummer,vestiging\n2,99ZZ-01\n")
        let single = try write("leerlingnummer,roepnaam,achternaam,leerjaar,schooltype\n3,E,F,1,havo\n")
        #expect(test.run("leerling importeer \(single)").error?.message.key == .importNeedsBranch)
        #expect(test.run("leerling importeer \(single) --vestiging 99ZZ-01").error == nil)
    }

    @Test(arguments: [
        ([0xFF, 0xFE, 0x61, 0x00] as [UInt8], MessageKey.csvUTF16),
        ([] as [UInt8], .importEmptyFile),
    ])
    func unreadableFilesAreDataErrors(_ bytes: [UInt8], _ key: MessageKey) throws {
        let test = try TestSession(demo: false)
        let result = test.run("leerling importeer \(try write(bytes))")
        #expect(result.error?.kind == .data)
        #expect(result.error?.message.key == key)
    }

    @Test func aMissingFileIsNamed() throws {
        let test = try TestSession(demo: false)
        #expect(
            test.run("leerling importeer /geen/bestand.csv").error?.message
                == Message(.fileNotFound, "/geen/bestand.csv"))
        #expect(test.run("leerling importeer /tmp").error?.message.key == .fileIsDirectory)
    }

    @Test func toonAndVerwijder() throws {
        let test = try TestSession(demo: true)
        #expect(try test.output("leerling toon 1042").contains("leerlingnummer: 1042"))
        #expect(try test.output("leerling verwijder 1042").hasPrefix("leerling 1042 ("))
        #expect(test.run("leerling toon 1042").error?.message == Message(.unknownStudent, "1042"))
    }

    @Test func listFiltersCombine() throws {
        let test = try TestSession(demo: true)
        let all = try test.output("leerling lijst --schooltype havo --leerjaar 4 | aantal")
        let filtered = try test.output("leerling lijst | waar schooltype = havo en leerjaar = 4 | aantal")
        #expect(all == filtered)
        #expect(Int(all.dropLast()) ?? 0 > 20)
        #expect(try test.output("leerling lijst --mentor \"de vries\" | uniek mentor | aantal") != "0\n")
    }
}
