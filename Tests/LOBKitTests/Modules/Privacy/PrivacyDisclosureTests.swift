import Foundation
import Testing

@testable import LOBKit

/// `privacy inzage`: one document with everything the student may see, the private working notes never in it,
/// network modules' rows found through their foreign keys, and every request logged.
@MainActor
struct PrivacyDisclosureTests {
    /// A network module with a table that refers to the student, as `Plugins/` modules do.
    struct NetworkModule: CommandModule {
        let name = "testnetwerk"
        let version = "1.0.0"
        let apiVersion = LOBKitInfo.apiVersion
        let summary = Localized(nl: "test", en: "test")
        var commands: [any Command] { [] }
        var migrations: [Migration] {
            [
                Migration(
                    "v1",
                    sql: """
                        CREATE TABLE testnetwerk_aanmelding (
                            id INTEGER PRIMARY KEY,
                            leerling_id INTEGER NOT NULL REFERENCES leerling(id) ON DELETE CASCADE,
                            opleiding TEXT NOT NULL
                        );
                        CREATE TABLE testnetwerk_notitie (
                            aanmelding_id INTEGER NOT NULL REFERENCES testnetwerk_aanmelding(id) ON DELETE CASCADE,
                            tekst TEXT NOT NULL
                        );
                        """)
            ]
        }
    }

    static let note = "Vertrouwelijk: zorgen over de thuissituatie"

    @Test func theDocumentHoldsTheSharedPartsAndNeverThePrivateNote() throws {
        let test = try TestSession()
        try test.output("gesprek wijzig 38 --werkaantekening \"\(Self.note)\"")
        for format in ["md", "html", "json"] {
            let output = try test.output("privacy inzage 1042 --formaat \(format)")
            #expect(!output.contains(Self.note), "\(format)")
            #expect(!output.contains("gesprek_werkaantekening"), "\(format)")
            #expect(output.contains("Noah"), "\(format)")
        }
        let markdown = try test.output("privacy inzage 1042")
        #expect(markdown.hasPrefix("# Inzage: wat de school bewaart over Noah van Dam\n"))
        #expect(markdown.contains("| mentor | "))
        #expect(markdown.contains("## Loopbaandossier\n"))
        #expect(
            markdown.hasSuffix(
                """
                ## Aantal rijen per tabel

                | tabel | rijen |
                | --- | --- |
                | leerling | 1 |
                | gesprek | 1 |
                | gesprek_afspraak | 2 |
                | gesprek_deelnemer | 2 |

                Niet in dit document: de vertrouwelijke werkaantekeningen van mentoren bij gesprekken; die horen niet bij het dossier en verlaten de database niet.

                """))
    }

    @Test func networkModulesTablesAreInItAndGoWithTheStudent() throws {
        let test = try TestSession(extra: [NetworkModule()])
        try test.session.store().transaction { transaction throws(LOBError) in
            _ = try transaction.execute(
                """
                INSERT INTO testnetwerk_aanmelding (leerling_id, opleiding)
                SELECT id, 'Verzorgende IG' FROM leerling WHERE leerlingnummer = '1042'
                """)
            _ = try transaction.execute(
                "INSERT INTO testnetwerk_notitie (aanmelding_id, tekst) SELECT id, 'Intake gepland' FROM testnetwerk_aanmelding"
            )
        }
        let markdown = try test.output("privacy inzage 1042")
        #expect(
            markdown.contains(
                """
                ## Andere gegevens

                Rijen uit andere tabellen die naar de leerling verwijzen, zoals die van netwerkmodules en eerdere versies van gespreksverslagen.

                testnetwerk_aanmelding

                | opleiding |
                | --- |
                | Verzorgende IG |

                testnetwerk_notitie

                | tekst |
                | --- |
                | Intake gepland |

                """))
        let json = try test.output("privacy inzage 1042 --formaat json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "lobsh-inzage")
        let tables = try #require(object["tabellen"] as? [[String: Any]])
        #expect(tables.compactMap { $0["tabel"] as? String } == ["testnetwerk_aanmelding", "testnetwerk_notitie"])
        #expect(
            try test.output("privacy verwijder 1042 --bevestig 1042 | waar tabel ~ testnetwerk")
                == "tabel                   rijen\n----------------------  -----\ntestnetwerk_aanmelding      1\ntestnetwerk_notitie         1\n(2 rijen)\n"
        )
        #expect(try test.output("sql \"select count(*) as n from testnetwerk_notitie\"") == "n\n-\n0\n(1 rij)\n")
    }

    @Test func anAlumnusGetsTheDoorstroomRecord() throws {
        let test = try TestSession()
        let markdown = try test.output("privacy inzage 24001")
        #expect(markdown.contains("Niet (meer) in het leerlingbestand."))
        #expect(markdown.contains("## Doorstroom na het diploma\n"))
    }

    @Test func everyRequestIsLoggedAndAnUnknownNumberIsAnError() throws {
        let test = try TestSession()
        try test.output("zet door decaan\nprivacy inzage 1042 > /dev/null")
        #expect(
            try test.output("privacy log --soort inzage | kolommen door soort wat aantal")
                == "door    soort   wat            aantal\n------  ------  -------------  ------\ndecaan  inzage  leerling 1042       6\n(1 rij)\n"
        )
        #expect(test.run("privacy inzage 99999").error?.message == Message(.unknownStudent, "99999"))
    }
}
