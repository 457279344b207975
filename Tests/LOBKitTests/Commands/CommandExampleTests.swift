import Foundation
import Testing

@testable import LOBKit

/// Every command's help: both languages, and examples that really run on the demo school.
@MainActor
struct CommandExampleTests {
    nonisolated static let specs: [CommandSpec] = ((try? CommandRegistry(modules: BuiltinModules.all))?.commands ?? [])
        .map { type(of: $0).spec }

    @Test func theRegistryHasCommands() {
        #expect(CommandExampleTests.specs.count >= 20)
    }

    @Test(arguments: specs.map(\.displayName))
    func everyCommandHasAnExample(_ name: String) throws {
        let spec = try #require(CommandExampleTests.specs.first { $0.displayName == name })
        #expect(!spec.examples.isEmpty)
    }

    @Test(arguments: specs.map(\.displayName))
    func everyCommandHasHelpInBothLanguages(_ name: String) throws {
        let spec = try #require(CommandExampleTests.specs.first { $0.displayName == name })
        let texts = [spec.summary] + spec.positionals.map(\.help) + spec.flags.map(\.help) + spec.examples.map(\.help)
        for text in texts {
            #expect(!text.dutch.isEmpty && !text.english.isEmpty, "\(name): \(text)")
        }
    }

    /// The files the examples name, in a folder of their own.
    static func exampleFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = [
            "lob-enquete.csv":
                "respondent,schooltype,leerjaar,LOB01,LOB02,LOB05,opmerking,deelbaar\n"
                + "r1,havo,4,4,3,5,Fijne meeloopdag,ja\nr2,havo,4,3,3,4,,\n",
            "totalen.csv":
                "item;schooltype;leerjaar;n;gemiddelde;n1;n2;n3;n4;n5\n"
                + "LOB01;havo;;40;3,5;2;4;12;16;6\nALG01;;;120;3,9;;;;;\n",
            "leerlingen.csv":
                "leerlingnummer;roepnaam;achternaam;klas;leerjaar;schooltype\n9001;Zoë;Jansen;H4A;4;havo\n",
            "export.csv": "Stamnummer,Voornaam,Achternaam,Groep,Leerjaar,Afdeling\n9002,Sem,Bos,V1A,1,vwo\n",
            "aanmeldingen.csv": "leerlingnummer,opleiding\n1042,Verzorgende IG\n1043,Software developer\n",
            "weekstart.lob": "echo \"Week van $vandaag\"\n",
            "activiteiten.csv":
                "code,Titel,soort,leerjaren,competenties,schooltypen,buiten-school,partner\nNETW-2,Netwerkochtend,gastles,2,netwerken;werkexploratie,,nee,\nOD-ROC,Open dag ROC Zuid,open-dag,3-4,werkexploratie,vmbo-bb|vmbo-kb,ja,ROC Zuid\n",
            "deelnames.csv":
                "Activiteit,leerlingnummer,datum,status,resultaten\n"
                + "OD-HAN,1164,14-11-2026,deelgenomen,Proefcollege bouwkunde gevolgd\nOD-HZ,1569,2027-02-06,aangemeld,\n",
            "oud-leerlingen.csv":
                "leerlingnummer;cohort;schooltype;profiel;bestemming;instelling;opleiding;status-na-een-jaar\n"
                + "26901;2026;havo;NG;hbo;Hogeschool Zuid;Verpleegkunde;onbekend\n",
            "noord.json": exampleExport(brin: "11AA", name: "Noord", yes: 17, no: 3),
            "west.json": exampleExport(brin: "22BB", name: "West", yes: 25, no: 12),
        ]
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        // The DUO file the end-to-end scripts use too: BOM, `;`, CRLF, quoted names, `<5` and `XXXX`.
        let duo = "duo-bestemming-vo-gediplomeerden.csv"
        try FileManager.default.copyItem(
            at: TransitionTestSchool.fixture(duo), to: folder.appendingPathComponent(duo))
        return folder.path
    }

    /// A school's `evaluatie export` with one table of one row, for the examples of `evaluatie samenvoegen`.
    static func exampleExport(brin: String, name: String, yes: Int, no: Int) -> String {
        func number(_ count: Int) -> String {
            count < 5 ? "\"aantal\": null, \"onderdrukt\": true" : "\"aantal\": \(count), \"onderdrukt\": false"
        }
        let hidden = yes < 5 || no < 5
        return """
            {"formaat": "lobsh-evaluatie-export", "versie": 1, "voor": "netwerk",
             "school": {"brin": "\(brin)", "naam": "\(name)"}, "schooljaar": "2026-2027", "gemaakt": "2026-11-29",
             "minimum_respondenten": 10, "scan": {"A1": "gerealiseerd"},
             "tabellen": [{"id": "gesprek.per-leerjaar", "titel": {"nl": "Gesprekken", "en": "Conversations"},
               "maat": "aantal", "rijen": "leerjaar", "kolommen": "wel-niet",
               "cellen": [{"rij": "4", "kolom": "wel", \(hidden ? number(0 - 1) : number(yes))},
                          {"rij": "4", "kolom": "niet", \(hidden ? number(0 - 1) : number(no))}],
               "rijtotalen": [{"rij": "4", \(number(yes + no))}],
               "kolomtotalen": [{"kolom": "wel", \(hidden ? number(0 - 1) : number(yes))},
                                {"kolom": "niet", \(hidden ? number(0 - 1) : number(no))}],
               "totaal": {\(number(yes + no))}}]}
            """
    }

    @Test(arguments: specs.flatMap { spec in spec.examples.map(\.line) })
    func everyExampleRunsOnTheDemoSchool(_ line: String) throws {
        let test = try TestSession(demo: true)
        test.session.workingDirectory = try CommandExampleTests.exampleFolder()
        // The project's recipes, for the examples of `recept`.
        test.session.recipeFolders = [
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Recipes").path
        ]
        let result = test.run(line)
        #expect(result.error == nil, "\(line): \(result.diagnostics)")
    }

    @Test func helpShowsEveryGroupAndCommand() throws {
        let test = try TestSession(demo: false)
        let overview = try test.output("help")
        #expect(overview.contains("leerling (student)"))
        #expect(overview.contains("waar (where)"))
        let detail = try test.output("help leerling lijst")
        #expect(detail.contains("--leerjaar, --year GETAL"))
        #expect(detail.contains("Voorbeelden:"))
        #expect(test.run("help leerlng").error?.message == Message(.unknownCommandSuggest, "leerlng", "leerling"))
    }

    @Test func registeringTwoModulesWithOneNameIsRefused() {
        #expect(throws: CommandRegistry.RegistrationError.duplicateModule("kern")) {
            try CommandRegistry(modules: [CoreModule(), CoreModule()])
        }
    }
}
