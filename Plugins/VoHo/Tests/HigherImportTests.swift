import LOBKit
import LOBKitTesting
import Testing
import VoHo

struct HigherImportTests {
    @Test func readsSmallCountsAsRangesAndReplacesTheInstitutionsCohort() throws {
        let session = try VoHoTestFiles.session()
        let first = session.run("hoger importeer eerstejaars-hogeschool-zuid.csv --instelling \"Hogeschool Zuid\"")
        #expect(
            first.output
                == "3 regels met eerstejaarsresultaten ingelezen uit eerstejaars-hogeschool-zuid.csv (cohort 2025); 2 eerdere regels vervangen\n"
        )
        #expect(
            session.run("hoger resultaten --cohort 2025 --per sector | waar sector != \"alle opleidingen\"").output
                .contains(
                    "  2025  Economie   13–16    11–14       1–4        0            0–4       10–13         58–93%\n"))
        // The same file again changes nothing.
        let again = session.run("hoger importeer eerstejaars-hogeschool-zuid.csv --instelling \"hogeschool zuid\"")
        #expect(again.output.hasSuffix("(cohort 2025); 3 eerdere regels vervangen\n"))
        #expect(session.run("hoger resultaten --cohort 2025 --per sector | aantal").output == "4\n")
    }

    @Test func everyBadRowIsListedAndNothingIsRead() throws {
        let file =
            "cohort,instelling,soort,vooropleiding,sector,gestart,doorgegaan,geswitcht,uitgevallen\n"
            + "2025,Hogeschool Zuid,hbo,havo,Onderwijs,9,6,<5,<5\n"
            + "2026,Hogeschool Zuid,mbo,vmbo,Onderwijs,3,<5,<5,x\n"
            + "2025,,hbo,havo,,5,6,0,0\n"
            + "2025,Hogeschool Zuid,hbo,havo,onderwijs,9,6,<5,<5\n"
        let session = try VoHoTestFiles.session(files: ["fout.csv": file])
        let before = session.run("hoger resultaten").output
        let result = session.run("hoger importeer fout.csv")
        #expect(result.exitCode == 3)
        #expect(
            result.error?.details.map { $0.text(.dutch) } == [
                "fout.csv:3: kolom cohort: '2026' is geen cohort (het examenjaar, uiterlijk 2025)",
                "fout.csv:3: kolom soort: 'mbo' is niet een van: hbo, wo",
                "fout.csv:3: kolom vooropleiding: 'vmbo' is niet een van: havo, vwo",
                "fout.csv:3: kolom uitgevallen: 'x' is geen aantal (een heel getal vanaf 0, of <5)",
                "fout.csv:4: kolom instelling: leeg",
                "fout.csv:4: kolom sector: leeg",
                "fout.csv:4: kolom gestart: doorgegaan, geswitcht en uitgevallen zijn samen 6, meer dan de 5 die gestart zijn",
                "fout.csv:5: hetzelfde cohort, dezelfde instelling, vooropleiding en sector als regel 2",
            ])
        #expect(session.run("hoger resultaten").output == before)
    }

    @Test func withoutAnInstitutionColumnTheFlagIsNeeded() throws {
        let session = try VoHoTestFiles.session()
        let result = session.run("hoger importeer eerstejaars-hogeschool-zuid.csv")
        #expect(result.exitCode == 2)
        #expect(
            result.error?.message.text(.english)
                == "eerstejaars-hogeschool-zuid.csv has no instelling column: give the institution with --instelling")
    }
}
