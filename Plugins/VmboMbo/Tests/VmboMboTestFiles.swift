import Foundation
import LOBKitTesting
import VmboMbo

/// The files the module's examples and tests read, and a session that runs in a folder holding them.
enum VmboMboTestFiles {
    /// What ROC Zuid sends back: `;`, a BOM, Dutch dates, an empty level.
    static let rocStatus =
        "\u{FEFF}leerlingnummer;opleiding;status;datum;niveau\n"
        + "1396;Verzorgende-IG;geplaatst;2026-11-02;3\n"
        + "1541;Verpleegkundige;Aangemeld;14-11-2026;\n"

    /// The region's open-day calendar: a title without the institution, one without a location, a quoted comma.
    static let openDays =
        "instelling,datum,titel,locatie\n"
        + "ROC Zuid,2027-01-23,Open dag,Campus Noord\n"
        + "Vakcollege Techniek Zuid,2027-02-06,Open dag techniek,\n"
        + "Groen College Zuid,2027-03-13,Open dag Groen College Zuid,\"Laan 1, 's-Hertogenbosch\"\n"

    /// Every example's file, by the name the example uses.
    static let exampleFiles = ["status-roc-zuid.csv": rocStatus, "opendagen-regio.csv": openDays]

    /// A session on the demo school whose working directory holds `files`.
    static func session(files: [String: String] = exampleFiles) throws -> (ModuleTestSession, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vmbombo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, contents) in files {
            try contents.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        session.session.workingDirectory = folder
        return (session, folder)
    }
}
