import Foundation
import LOBKit
import LOBKitTesting
import Testing
import VmboMbo

struct HandoverExportTests {
    /// The student numbers in an exported JSON dossier.
    private func numbers(_ json: String) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let dossier = try #require(object as? [String: Any])
        #expect(dossier["schema"] as? String == "lobsh-doorstroomdossier-mbo")
        #expect(dossier["versie"] as? Int == 1)
        let students = try #require(dossier["leerlingen"] as? [[String: Any]])
        return students.compactMap { ($0["leerling"] as? [String: Any])?["leerlingnummer"] as? String }
    }

    @Test func exportsOnlyStudentsWithConsentAndNamesTheOthers() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        let result = session.run("overdracht exporteer --instelling \"vakcollege techniek zuid\"")
        #expect(result.exitCode == 0)
        #expect(try numbers(result.output) == ["1531", "1062"])
        #expect(result.diagnostics == "1 leerling zonder toestemming niet geëxporteerd: 1006 Britt Prins\n")
    }

    @Test func withdrawnConsentIsNeverExportedWhateverTheFormat() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        session.run("overdracht toestemming 1531 --door ouder --intrekken")
        let json = session.run("overdracht exporteer --instelling \"Vakcollege Techniek Zuid\" --formaat json")
        #expect(try numbers(json.output) == ["1062"])
        let markdown = session.run("overdracht exporteer --instelling \"Vakcollege Techniek Zuid\" --formaat md")
        #expect(markdown.output.contains("## 1062 Boaz Nowak (T4A, vmbo-tl)"))
        #expect(!markdown.output.contains("1531"))
        #expect(!markdown.output.contains("Mert"))
        #expect(
            markdown.diagnostics
                == "2 leerlingen zonder toestemming niet geëxporteerd: 1006 Britt Prins, 1531 Mert de Groot\n")
    }

    @Test func theDossierHoldsApplicationActivitiesAndReportsButNoWorkingNotes() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        session.run(
            "gesprek nieuw 1062 --met mentor:\"R. de Groot\" --soort keuzegesprek --datum 2026-11-20 --verslag \"Wil naar Technicus engineering.\" --werkaantekening \"GEHEIM: thuissituatie\""
        )
        let conversation = session.run("gesprek lijst --leerling 1062 | aantal")
        #expect(conversation.error == nil, "\(conversation.diagnostics)")
        let result = session.run("overdracht exporteer --instelling \"Vakcollege Techniek Zuid\"")
        #expect(result.output.contains("\"opleiding\" : \"Technicus engineering\""))
        #expect(result.output.contains("\"uiterlijk-1-april\" : true"))
        #expect(result.output.contains("\"verslag\" : \"Wil naar Technicus engineering.\""))
        #expect(!result.output.contains("GEHEIM"))
        #expect(result.output.contains("\"reflectie\""))
    }

    @Test func anInstitutionWithoutApplicationsIsAnError() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        let result = session.run("overdracht exporteer --instelling \"Groen College Zuid\"")
        #expect(result.exitCode == 1)
        #expect(
            result.error?.message.text(.dutch)
                == "niemand is aangemeld of geplaatst bij 'Groen College Zuid' (instellingen met aanmeldingen: ROC Zuid, Vakcollege Techniek Zuid)"
        )
        #expect(session.run("overdracht exporteer").exitCode == 2)
    }
}
