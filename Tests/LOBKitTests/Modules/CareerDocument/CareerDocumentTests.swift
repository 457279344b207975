import Foundation
import Testing

@testable import LOBKit

/// The career document holds the shared parts only: a conversation's private working note reaches none of
/// its outputs.
@MainActor
struct CareerDocumentTests {
    @Test func thePrivateNoteIsInNoOutputWhileTheSharedReportIs() throws {
        let school = try CareerDocumentTestSchool()
        let id = try school.addConversation()
        // The note is really stored, or this test could not fail.
        let stored = try school.test.session.store().transaction { store throws(LOBError) in
            try store.privateNote(conversationID: id)
        }
        #expect(stored == CareerDocumentTestSchool.privateNote)

        let folder = try CareerDocumentTestSchool.folder()
        school.test.session.workingDirectory = folder
        var outputs: [String: String] = [:]
        for line in [
            "dossier toon 1001", "dossier exporteer 1001", "dossier exporteer 1001 --formaat md",
            "dossier exporteer 1001 --formaat html", "dossier exporteer 1001 --formaat json",
            "dossier toon 1001 | naar json", "dossier exporteer 1001 --formaat json | naar csv",
            "dossier exporteer 1001 --formaat html | naar md",
        ] {
            outputs[line] = try school.test.output(line)
        }
        for (line, file) in [
            ("dossier toon 1001 > toon.txt", "toon.txt"), ("dossier exporteer 1001 > dossier.md", "dossier.md"),
            ("dossier exporteer 1001 --formaat html > dossier.html", "dossier.html"),
            ("dossier exporteer 1001 --formaat json > dossier.json", "dossier.json"),
            ("dossier toon 1001 | naar json > toon.json", "toon.json"),
        ] {
            try school.test.output(line)
            outputs[line] = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
        }
        for format in ["md", "html", "json"] {
            try school.test.output("dossier exporteer --klas H4A --map klas-\(format) --formaat \(format)")
            let path = folder + "/klas-\(format)/1001-Jansen.\(format)"
            outputs[path] = try String(contentsOfFile: path, encoding: .utf8)
        }
        #expect(outputs.count == 16)
        for (source, text) in outputs {
            #expect(!text.contains("WERKNOTITIE"), "the private note leaks through \(source)")
            #expect(!text.contains("thuissituatie"), "the private note leaks through \(source)")
            #expect(text.contains("Zoë twijfelt tussen pabo"), "the shared report is missing from \(source)")
        }
    }

    @Test func fileNamesKeepOnlyLettersDigitsAndDashes() {
        func stem(_ surname: String) -> String {
            let student = Student(
                number: "1001", givenName: "A", infix: "", surname: surname, className: "", year: 4,
                schoolType: .havo, profile: "", mentor: "", branchID: 1)
            return CareerDocument.fileStem(of: student)
        }
        #expect(stem("Jansen") == "1001-Jansen")
        #expect(stem("Özdemir") == "1001-Özdemir")
        #expect(stem("Smit / Bakker") == "1001-Smit-Bakker")
        #expect(stem("../..") == "1001")
    }
}
