import LOBKit
import LOBKitTesting
import Testing
import VmboMbo

struct HandoverListTests {
    @Test func listsEveryFinalYearVmboStudentWithOrWithoutARecord() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        #expect(session.run("overdracht lijst | aantal").output == "86\n")
        #expect(session.run("leerling lijst --leerjaar 4 | waar schooltype ~ vmbo | aantal").output == "86\n")
    }

    @Test func filtersByStatusInstitutionAndClass() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        let result = session.run(
            "overdracht lijst --klas t4a --instelling \"roc zuid\" --status geplaatst | kolommen leerlingnummer naam opleiding aanmelddatum toestemming"
        )
        #expect(
            result.output == """
                leerlingnummer  naam           opleiding        aanmelddatum  toestemming
                --------------  -------------  ---------------  ------------  -----------
                1646            Renée 't Hart  Verpleegkundige  2026-10-09    geen
                1051            Tygo Jansen    Verpleegkundige  2026-10-09    ouder
                (2 rijen)

                """)
    }

    @Test func anUnknownClassNamesTheFinalYearClasses() throws {
        let session = try ModuleTestSession(modules: [VmboMboModule()])
        let result = session.run("overdracht lijst --klas H5A")
        #expect(result.exitCode == 1)
        #expect(
            result.error?.message.text(.dutch) == "geen examenklas vmbo 'H5A' (de examenklassen: B4A, G4A, K4A, T4A)")
    }
}
