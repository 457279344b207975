import Foundation

/// One bad input: the files it needs, how lobsh is called, and what it must answer.
struct HostileCase: Sendable, CustomStringConvertible {
    let name: String
    let arguments: [String]
    var files: [String: Data] = [:]
    var folders: [String] = []
    var environment: [String: String] = [:]
    /// The exit code.
    let status: Int32
    /// Text standard error must contain (the message, with its place); empty: standard error must be empty.
    let message: String

    var description: String { name }
}

/// The catalogue of bad inputs: misspellings, wrong types, impossible dates, broken quoting, huge lines, NUL
/// bytes, files of the wrong encoding or no text at all, missing and misplaced files, bad databases and options.
enum HostileCatalogue {
    static let roster = "leerlingnummer;roepnaam;achternaam;leerjaar;schooltype\n"

    static func demo(_ name: String, _ line: String, _ status: Int32, _ message: String) -> HostileCase {
        HostileCase(name: name, arguments: ["--demo", "-c", line], status: status, message: message)
    }

    /// `line` on a database file `school.sqlite` in the case's folder, with `files` there.
    static func school(
        _ name: String, _ line: String, files: [String: Data] = [:], folders: [String] = [], _ status: Int32,
        _ message: String
    ) -> HostileCase {
        HostileCase(
            name: name, arguments: ["--db", "school.sqlite", "-c", line], files: files, folders: folders,
            status: status, message: message)
    }

    static func text(_ text: String) -> Data { Data(text.utf8) }

    static let megabyte = String(repeating: "a", count: 1_000_000)

    static let cases: [HostileCase] = commands + language + scripts + imports + databases + options

    static let commands: [HostileCase] = [
        demo(
            "misspelled command", "leerlingg lijst", 2,
            "-c:1:1: fout: onbekend commando 'leerlingg' (bedoelde je 'leerling'?)"),
        demo(
            "misspelled verb", "leerling lijts", 2,
            "-c:1:10: fout: 'lijts' is geen werkwoord van 'leerling' (bedoelde je 'leerling lijst'?)"),
        demo(
            "missing verb", "leerling", 2,
            "-c:1:1: fout: 'leerling' heeft een werkwoord nodig: importeer, lijst, toon, verwijder"),
        demo(
            "misspelled flag", "leerling lijst --leerjar 3", 2,
            "-c:1:16: fout: onbekende vlag '--leerjar' (bedoelde je '--leerjaar'?)"),
        demo(
            "flag without its value", "leerling lijst --leerjaar", 2,
            "-c:1:16: fout: de vlag '--leerjaar' heeft een waarde nodig"),
        demo(
            "a switch given a value", "leerling importeer x.csv --sla-fouten-over=ja", 2,
            "-c:1:26: fout: de vlag '--sla-fouten-over' neemt geen waarde"),
        demo(
            "an argument too many", "leerling lijst extra", 2,
            "-c:1:16: fout: onverwacht argument 'extra' voor 'leerling lijst'"
        ),
        demo(
            "a word for a number", "leerling lijst --leerjaar drie", 2,
            "-c:1:27: fout: --leerjaar verwacht een geheel getal, niet 'drie'"),
        demo(
            "a number beyond 64 bits", "leerling lijst --leerjaar 99999999999999999999999", 2,
            "-c:1:27: fout: --leerjaar verwacht een geheel getal, niet '99999999999999999999999'"),
        demo(
            "30 February", "gesprek nieuw 1164 --datum 2026-02-30", 2,
            "-c:1:28: fout: --datum verwacht een datum zoals 2026-09-01 of 1-9-2026, niet '2026-02-30'"),
        demo(
            "31 April, Dutch order", "gesprek nieuw 1164 --datum 31-4-2026", 2,
            "-c:1:28: fout: --datum verwacht een datum zoals 2026-09-01 of 1-9-2026, niet '31-4-2026'"),
        demo(
            "month 13", "gesprek nieuw 1164 --datum 2026-13-01", 2,
            "-c:1:28: fout: --datum verwacht een datum zoals 2026-09-01 of 1-9-2026, niet '2026-13-01'"),
        demo(
            "a school year of two years", "evaluatie rapport --schooljaar 2025-2027", 2,
            "-c:1:32: fout: --schooljaar verwacht een schooljaar zoals 2025-2026, niet '2025-2027'"),
        demo(
            "a value not in the list", "gesprek nieuw 1164 --soort kletspraat", 2,
            "-c:1:28: fout: 'kletspraat' is geen geldige waarde voor --soort; kies uit: loopbaangesprek, driehoeksgesprek, keuzegesprek, terugblik"
        ),
        demo(
            "an unknown student", "gesprek nieuw 999999 --met mentor:X", 1,
            "-c:1:15: fout: er is geen leerling met nummer 999999"),
        demo(
            "an unknown column in waar", "leerling lijst | waar kleur = rood", 2,
            "-c:1:23: fout: onbekende kolom 'kleur'; de kolommen zijn: leerlingnummer"),
        demo(
            "an unknown column in sorteer", "leerling lijst | sorteer kleur", 2,
            "-c:1:26: fout: onbekende kolom 'kleur'"),
        demo(
            "an unknown format", "leerling lijst | naar xml", 2,
            "-c:1:23: fout: 'xml' is geen geldige waarde voor formaat"),
        demo(
            "a word for a count", "leerling lijst | eerste drie", 2,
            "-c:1:25: fout: aantal verwacht een geheel getal, niet 'drie'"),
        demo(
            "a filter without a table", "eerste -3", 2, "-c:1:1: fout: 'eerste' werkt op een tabel"),
        demo(
            "a condition cut short", "leerling lijst | waar leerjaar >", 2,
            "-c:1:18: fout: 'waar' mist VOORWAARDE (zie 'help waar')"),
        demo(
            "sql that writes", "sql \"drop table leerling\"", 1,
            "-c:1:5: fout: sql is alleen-lezen: DROP is niet toegestaan (gebruik SELECT)"),
        demo(
            "sql that changes the connection", "sql \"pragma writable_schema=1\"", 1,
            "-c:1:5: fout: sql is alleen-lezen: PRAGMA is niet toegestaan (gebruik SELECT)"),
        demo(
            "sql on a table that is not there", "sql \"select * from nietbestaand\"", 1,
            "-c:1:5: fout: fout in de SQL: no such table: nietbestaand"),
        demo("empty sql", "sql \"\"", 2, "-c:1:5: fout: geef een SQL-opdracht"),
    ]

    static let language: [HostileCase] = [
        demo("an unterminated double quote", "echo \"abc", 2, "-c:1:6: fout: aanhalingsteken \" wordt niet gesloten"),
        demo("an unterminated single quote", "echo 'abc", 2, "-c:1:6: fout: aanhalingsteken ' wordt niet gesloten"),
        demo("a broken variable", "echo ${", 2, "-c:1:6: fout: onleesbare variabele; schrijf $naam of ${naam}"),
        demo("an unknown variable", "echo $onbekend", 2, "-c:1:6: fout: onbekende variabele '$onbekend'"),
        demo(
            "a pipeline ending in a pipe", "leerling lijst |", 2,
            "-c:1:16: fout: de pijplijn eindigt op |; daarna hoort nog een commando"),
        demo("an empty pipeline stage", "leerling lijst | | aantal", 2, "-c:1:18: fout: hier ontbreekt een commando"),
        demo("a redirection without a file", "echo hoi >", 2, "-c:1:10: fout: na > of >> hoort een bestandsnaam"),
        demo("a redirection to a folder", "echo hoi > /tmp", 1, "-c:1:10: fout: '/tmp' is een map, geen bestand"),
        demo("a stray closing brace", "}", 2, "-c:1:1: fout: '}' sluit geen blok"),
        demo(
            "anders without als", "anders { echo a }", 2,
            "-c:1:1: fout: 'anders' hoort direct na de '}' van een 'als'-blok"),
    ]

    static let scripts: [HostileCase] = [
        HostileCase(
            name: "a block never closed", arguments: ["--demo", "open.lob"],
            files: ["open.lob": text("als 1 = 1 {\n echo a\n")],
            status: 2, message: "open.lob:1:11: fout: het blok van 'als' wordt niet gesloten"),
        HostileCase(
            name: "blocks nested 3000 deep", arguments: ["--demo", "diep.lob"],
            files: [
                "diep.lob": text(
                    String(repeating: "als 1 = 1 { ", count: 3000) + "echo diep" + String(repeating: " }", count: 3000))
            ],
            status: 2,
            message: "diep.lob:1:1211: fout: blokken { } zijn hier dieper genest dan 100; lobsh kan niet dieper"),
        HostileCase(
            name: "a 1 MB line", arguments: ["--demo", "lang.lob"],
            files: ["lang.lob": text("echo \(megabyte) | aantal\n")],
            status: 2, message: "lang.lob:1:1000009: fout: 'aantal' werkt op een tabel"),
        HostileCase(
            name: "a 1 MB command name", arguments: ["--demo", "lang.lob"], files: ["lang.lob": text(megabyte + "\n")],
            status: 2, message: "lang.lob:1:1: fout: onbekend commando 'aaaa"),
        HostileCase(
            name: "a NUL byte in a script", arguments: ["--demo", "nul.lob"],
            files: ["nul.lob": Data("echo a\0b\n".utf8)],
            status: 2, message: "lobsh: fout: nul.lob is geen script: er staat een NUL-byte op regel 1"),
        HostileCase(
            name: "a NUL byte in a script run with bron", arguments: ["--demo", "-c", "bron nul.lob"],
            files: ["nul.lob": Data("echo a\n\necho a\0b\n".utf8)],
            status: 1, message: "-c:1:6: fout: nul.lob is geen script: er staat een NUL-byte op regel 3"),
        HostileCase(
            name: "a Latin-1 script", arguments: ["--demo", "latin.lob"],
            files: ["latin.lob": Data([0x65, 0x63, 0x68, 0x6F, 0x20, 0x63, 0x61, 0x66, 0xE9, 0x0A])],
            status: 2, message: "lobsh: fout: bestand 'latin.lob' is geen UTF-8-tekst"),
        HostileCase(
            name: "a script that runs itself", arguments: ["--demo", "zelf.lob"],
            files: ["zelf.lob": text("bron zelf.lob\n")],
            status: 2, message: "zelf.lob:1:6: fout: 'zelf.lob' roept zichzelf aan (via bron)"),
        HostileCase(
            name: "a script that is not there", arguments: ["--demo", "weg.lob"], status: 2,
            message: "lobsh: fout: bestand 'weg.lob' bestaat niet"),
        HostileCase(
            name: "a folder given as a script", arguments: ["--demo", "map"], folders: ["map"], status: 2,
            message: "lobsh: fout: 'map' is een map, geen bestand"),
        HostileCase(
            name: "a script with CRLF line ends works", arguments: ["--demo", "crlf.lob"],
            files: ["crlf.lob": text("echo een\r\necho twee\r\n")], status: 0, message: ""),
    ]

    static let imports: [HostileCase] = [
        school(
            "a Latin-1 roster", "leerling importeer latin1.csv",
            files: ["latin1.csv": text(roster + "1;Zo") + Data([0xEB]) + text(";Jansen;3;havo\n")], 3,
            "latin1.csv:2: geen geldige UTF-8: het bestand is waarschijnlijk Latin-1 of Windows-1252; sla het op als CSV UTF-8"
        ),
        school(
            "a UTF-16 roster with a byte-order mark", "leerling importeer utf16.csv",
            files: ["utf16.csv": Data([0xFF, 0xFE]) + (roster.data(using: .utf16LittleEndian) ?? Data())], 3,
            "-c:1:20: fout: utf16.csv is UTF-16; sla het op als UTF-8 (CSV UTF-8 in Excel)"),
        school(
            "a UTF-16 roster without a byte-order mark", "leerling importeer utf16.csv",
            files: ["utf16.csv": roster.data(using: .utf16LittleEndian) ?? Data()], 3,
            "-c:1:20: fout: utf16.csv is UTF-16; sla het op als UTF-8 (CSV UTF-8 in Excel)"),
        school(
            "a big-endian UTF-16 roster", "leerling importeer utf16.csv",
            files: ["utf16.csv": roster.data(using: .utf16BigEndian) ?? Data()], 3,
            "-c:1:20: fout: utf16.csv is UTF-16; sla het op als UTF-8 (CSV UTF-8 in Excel)"),
        school(
            "an empty roster", "leerling importeer leeg.csv", files: ["leeg.csv": Data()], 3,
            "-c:1:20: fout: leeg.csv is leeg: er is zelfs geen kopregel"),
        school(
            "a roster of blank lines", "leerling importeer leeg.csv", files: ["leeg.csv": text("\n\n\r\n")], 3,
            "-c:1:20: fout: leeg.csv is leeg: er is zelfs geen kopregel"),
        school(
            "a roster with only its header", "leerling importeer kop.csv", files: ["kop.csv": text(roster)], 0, ""),
        school(
            "a roster with a header twice", "leerling importeer dubbel.csv",
            files: [
                "dubbel.csv": text(
                    "leerlingnummer;leerlingnummer;roepnaam;achternaam;leerjaar;schooltype\n1;2;Zoë;Jansen;3;havo\n")
            ],
            3,
            "-c:1:20: fout: dubbel.csv: de kop 'leerlingnummer' staat twee keer in de kopregel (kolom 1 en 2); hernoem of verwijder er een"
        ),
        school(
            "a roster without the columns", "leerling importeer naam.csv", files: ["naam.csv": text("naam\nZoë\n")], 3,
            "-c:1:20: fout: naam.csv mist de kolom(men) leerlingnummer, roepnaam, leerjaar, schooltype; gevonden koppen: naam"
        ),
        school(
            "a binary file as a roster", "leerling importeer foto.csv",
            files: [
                "foto.csv": Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48])
            ], 3,
            "-c:1:20: fout: foto.csv is geen tekstbestand: er staat een NUL-byte op regel 3"),
        school(
            "a spreadsheet (zip) as a roster", "leerling importeer rooster.xlsx",
            files: ["rooster.xlsx": Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00])], 3,
            "-c:1:20: fout: rooster.xlsx is geen tekstbestand: er staat een NUL-byte op regel 1; kies het CSV-bestand zelf"
        ),
        school(
            "a NUL byte in a roster field", "leerling importeer nul.csv",
            files: ["nul.csv": text(roster) + Data("1;Zo\0e;Jansen;3;havo\n".utf8)], 3,
            "-c:1:20: fout: nul.csv is geen tekstbestand: er staat een NUL-byte op regel 2"),
        school(
            "an unterminated quote in a roster", "leerling importeer quote.csv",
            files: ["quote.csv": text(roster + "1;\"Zoë;Jansen;3;havo\n2;Sem;Bos;3;havo\n")], 3,
            "-c:1:20: fout: quote.csv: 1 foute rij(en); er is niets geïmporteerd"),
        school(
            "a roster row one field short", "leerling importeer kort.csv",
            files: ["kort.csv": text(roster + "1;Zoë;Jansen;3\n")], 3,
            "-c:1:20: fout: kort.csv: 1 foute rij(en); er is niets geïmporteerd"),
        school(
            "a 1 MB field in a roster", "leerling importeer groot.csv",
            files: ["groot.csv": text(roster + "1;\(megabyte);Jansen;3;havo\n")], 0, ""),
        school(
            "a folder given as a roster", "leerling importeer map.csv", folders: ["map.csv"], 1,
            "-c:1:20: fout: 'map.csv' is een map, geen bestand"),
        school(
            "a roster that is not there", "leerling importeer weg.csv", 1,
            "-c:1:20: fout: bestand 'weg.csv' bestaat niet"),
        demo(
            "lees on a binary file", "lees /bin/sh", 3,
            "-c:1:6: fout: /bin/sh is geen tekstbestand: er staat een NUL-byte op regel 1"),
    ]

    static let databases: [HostileCase] = [
        HostileCase(
            name: "a folder given as the database", arguments: ["--db", "map", "-c", "leerling lijst"],
            folders: ["map"],
            status: 1, message: "-c:1:1: fout: kan de database 'map' niet openen"),
        HostileCase(
            name: "a text file given as the database", arguments: ["--db", "tekst.sqlite", "-c", "leerling lijst"],
            files: ["tekst.sqlite": text(String(repeating: "geen database\n", count: 300))],
            status: 1, message: "-c:1:1: fout: kan de database 'tekst.sqlite' niet openen (file is not a database)"),
        HostileCase(
            name: "an empty database name", arguments: ["--db", "", "-c", "leerling lijst"], status: 1,
            message: "-c:1:1: fout: kan de database '' niet openen"),
        school(
            "a backup over an existing file", "database backup bestaat.sqlite", files: ["bestaat.sqlite": text("x")], 1,
            "-c:1:17: fout: 'bestaat.sqlite' bestaat al; kies een andere naam, of vervang het met --overschrijf"),
        school(
            "a backup into a folder", "database backup map", folders: ["map"], 1,
            "-c:1:17: fout: 'map' is een map, geen bestand"),
        school(
            "a backup into a missing folder", "database backup weg/kopie.sqlite", 1,
            "-c:1:17: fout: kan geen backup maken in 'weg/kopie.sqlite': No such file or directory"),
        school(
            "a backup over the database itself", "database backup school.sqlite --overschrijf", 1,
            "-c:1:17: fout: 'school.sqlite' is de database zelf; kies een ander bestand voor de backup"),
        demo(
            "a backup inside a pipeline that holds the database", "leerling lijst | database backup k.sqlite", 1,
            "-c:1:18: fout: database backup moet een opdracht op zichzelf zijn"),
        school(
            "a backup age of more than a year", "database backupleeftijd 400", 2,
            "-c:1:25: fout: het aantal dagen is 0 tot en met 365, niet '400'"),
    ]

    static let options: [HostileCase] = [
        HostileCase(
            name: "a misspelled option", arguments: ["--dbb", "x"], status: 2,
            message: "lobsh: fout: onbekende optie '--dbb' (bedoelde je '--db'?)"),
        HostileCase(
            name: "an unknown language", arguments: ["--lang", "xx", "-c", "echo"], status: 2,
            message: "lobsh: fout: 'xx' is geen geldige waarde voor --lang; kies uit: nl, en"),
        HostileCase(
            name: "-c without commands", arguments: ["-c"], status: 2, message: "lobsh: fout: ongeldige opties"),
        HostileCase(
            name: "a script parameter without =", arguments: ["--demo", "s.lob", "a"], files: ["s.lob": text("echo\n")],
            status: 2, message: "lobsh: fout: parameters zijn naam=waarde, niet 'a'"),
        HostileCase(
            name: "--demo with --db", arguments: ["--demo", "--db", "x", "-c", "echo"], status: 2,
            message: "lobsh: fout: --demo en --db gaan niet samen"),
        HostileCase(
            name: "a busy timeout that is no number", arguments: ["-c", "echo"],
            environment: ["LOBSH_BUSY_TIMEOUT": "lang"],
            status: 2,
            message: "lobsh: fout: LOBSH_BUSY_TIMEOUT verwacht een aantal seconden zoals 10 of 0.5, niet 'lang'"),
    ]
}
