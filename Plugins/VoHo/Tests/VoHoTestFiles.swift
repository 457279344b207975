import Foundation
import LOBKitTesting
import VoHo

/// The files the module's examples and tests read, and a session that runs in a folder holding them.
enum VoHoTestFiles {
    /// The network's calendar: `;`, a kind spelled as people write it, a title that names the institution, a quoted
    /// place with a comma.
    static let calendar =
        "instelling;soort;datum;titel;opleiding;plaats\n"
        + "Hogeschool Zuid;Open dag;2027-01-30;Open dag;;Campus Zuid\n"
        + "Universiteit Zuid;proefstuderen;6-3-2027;Proefstuderen Universiteit Zuid;Psychologie;\"Plein 1, Nijmegen\"\n"
        + "Hogeschool Rivierenland;meeloopdag;2027-02-17;Meeloopdag pabo;Pabo;Tiel\n"

    /// What Hogeschool Zuid sends back: a BOM, `;`, `<5` for small counts, no instelling column.
    static let firstYear =
        "\u{FEFF}cohort;soort;vooropleiding;sector;gestart;doorgegaan;geswitcht;uitgevallen;bsa-positief\n"
        + "2025;hbo;havo;Onderwijs;9;6;<5;<5;6\n"
        + "2025;hbo;havo;Economie;12;10;<5;0;9\n"
        + "2025;hbo;vwo;Economie;<5;<5;0;0;<5\n"

    /// Every example's file, by the name the example uses.
    static let exampleFiles = [
        "ho-kalender.csv": calendar, "eerstejaars-hogeschool-zuid.csv": firstYear,
    ]

    /// A session on the demo school whose working directory holds `files`.
    static func session(files: [String: String] = exampleFiles, demo: Bool = true) throws -> ModuleTestSession {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("voho-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, contents) in files {
            try contents.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        let session = try ModuleTestSession(modules: [VoHoModule()], demo: demo)
        session.session.workingDirectory = folder
        return session
    }
}
