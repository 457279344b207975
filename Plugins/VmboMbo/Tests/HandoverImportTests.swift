import LOBKit
import LOBKitTesting
import Testing
import VmboMbo

struct HandoverImportTests {
    @Test func importsTheStatusFileAnInstitutionSendsBack() throws {
        let (session, _) = try VmboMboTestFiles.session()
        let result = session.run("overdracht importeer status-roc-zuid.csv --instelling \"ROC Zuid\"")
        #expect(result.output == "2 aanmeldingen ingelezen uit status-roc-zuid.csv: 1 nieuw, 1 bijgewerkt\n")
        let rows = session.run(
            "overdracht lijst | waar leerlingnummer = 1396 of leerlingnummer = 1541 | kolommen leerlingnummer instelling opleiding niveau status aanmelddatum"
        )
        #expect(
            rows.output == """
                leerlingnummer  instelling  opleiding        niveau  status     aanmelddatum
                --------------  ----------  ---------------  ------  ---------  ------------
                1396            ROC Zuid    Verzorgende-IG        3  geplaatst  2026-11-02
                1541            ROC Zuid    Verpleegkundige          aangemeld  2026-11-14
                (2 rijen)

                """)
    }

    @Test func refusesTheWholeFileAndListsEveryBadRowWithLineAndColumn() throws {
        let file =
            "leerlingnummer,opleiding,status,datum,instelling\n"
            + "1396,Verzorgende-IG,klaar,2026-11-02,ROC Zuid\n"
            + "9999,Kok,aangemeld,2026-11-02,ROC Zuid\n"
            + "1042,Kok,aangemeld,2026-11-02,ROC Zuid\n"
            + "1541,Verpleegkundige,aangemeld,2026-13-01,ROC Zuid\n"
            + "1483,Kok,geplaatst,,ROC Zuid\n"
            + "1193,Kok,aangemeld,2026-11-02\n"
            + "1531,Schilder,aangemeld,2026-11-02,ROC Zuid\n"
            + "1531,Schilder,geplaatst,2026-11-03,ROC Zuid\n"
        let (session, _) = try VmboMboTestFiles.session(files: ["fout.csv": file])
        let before = session.run("overdracht lijst | groepeer status").output
        let result = session.run("overdracht importeer fout.csv")
        #expect(result.exitCode == 3)
        #expect(result.error?.message.text(.dutch) == "fout.csv: 7 foute regel(s); er is niets ingelezen")
        #expect(
            result.error?.details.map { $0.text(.dutch) } == [
                "fout.csv:2: kolom status: onbekende status 'klaar' (bekend: niet-aangemeld, aangemeld, geplaatst, afgewezen)",
                "fout.csv:3: kolom leerlingnummer: onbekend leerlingnummer 9999",
                "fout.csv:4: kolom leerlingnummer: 1042 Noah van Dam zit niet in vmbo leerjaar 4 maar in vwo leerjaar 2",
                "fout.csv:5: kolom datum: '2026-13-01' is geen datum (2027-02-14 of 14-2-2027)",
                "fout.csv:6: kolom datum: leeg, maar status geplaatst vraagt een aanmelddatum",
                "fout.csv:7: 4 velden, de kopregel heeft er 5",
                "fout.csv:9: kolom leerlingnummer: leerlingnummer 1531 staat ook op regel 8",
            ])
        // All or nothing: line 8 was fine, and is not in either.
        #expect(session.run("overdracht lijst | groepeer status").output == before)
        #expect(session.run("overdracht lijst | waar opleiding = Schilder | aantal").output == "0\n")
    }

    @Test func aFileWithoutInstitutionNeedsTheFlag() throws {
        let (session, _) = try VmboMboTestFiles.session()
        let result = session.run("overdracht importeer status-roc-zuid.csv")
        #expect(result.exitCode == 2)
        #expect(
            result.error?.message.text(.dutch)
                == "status-roc-zuid.csv heeft geen kolom instelling: geef de instelling met --instelling")
    }

    @Test func aMissingColumnIsADataError() throws {
        let (session, _) = try VmboMboTestFiles.session(files: ["kaal.csv": "leerlingnummer;status\n1396;geplaatst\n"])
        let result = session.run("overdracht importeer kaal.csv --instelling \"ROC Zuid\"")
        #expect(result.exitCode == 3)
        #expect(
            result.error?.message.text(.english)
                == "kaal.csv lacks the column(s) opleiding, datum; headers found: leerlingnummer, status")
    }

    /// The module reads its file through LOBKit's `CSVImportFile`: a binary file and a header that stands twice are
    /// refused by name, as lobsh's own imports refuse them, and nothing is written.
    @Test func aBinaryFileOrAHeaderTwiceIsRefusedByName() throws {
        let (session, _) = try VmboMboTestFiles.session(files: [
            "status.xlsx": "PK\u{3}\u{4}\n\u{0}\u{0}",
            "dubbel.csv": "leerlingnummer,opleiding,status,datum,Leerling_nummer\n1396,Kok,aangemeld,2026-11-02,1396\n",
        ])
        let before = session.run("overdracht lijst | groepeer status").output
        let binary = session.run("overdracht importeer status.xlsx --instelling \"ROC Zuid\"")
        #expect(binary.exitCode == 3)
        #expect(
            binary.error?.message.text(.dutch)
                == "status.xlsx is geen tekstbestand: er staat een NUL-byte op regel 2; kies het CSV-bestand zelf (een binair bestand, zoals .xlsx, kan lobsh niet lezen)"
        )
        let twice = session.run("overdracht importeer dubbel.csv --instelling \"ROC Zuid\"")
        #expect(twice.exitCode == 3)
        #expect(
            twice.error?.message.text(.english)
                == "dubbel.csv: the header 'leerlingnummer' occurs twice in the header line (columns 1 and 5); rename or remove one"
        )
        #expect(session.run("overdracht lijst | groepeer status").output == before)
    }
}
