import LOBKit
import LOBKitTesting
import Testing
import VoHo

struct VoHoReportSectionTests {
    private func markdown(_ session: ModuleTestSession, language: UILanguage = .dutch) throws -> String {
        let section = try #require(session.session.registry.reportSections.first { $0.id == "vo-ho.studiekeuze" })
        #expect(section.order == 110)
        let request = ReportRequest(
            schoolYear: try #require(SchoolYear(parsing: "2026-2027")), language: language,
            today: ModuleTestSession.defaultToday)
        let blocks = try session.session.store().transaction { store throws(LOBError) in
            try section.blocks(for: request, in: store)
        }
        return Document(title: "Rapport", blocks: blocks).markdown(language: language)
    }

    @Test func summarisesTheCheckAndHidesSmallFirstYearCounts() throws {
        let text = try markdown(try ModuleTestSession(modules: [VoHoModule()]))
        #expect(
            text.contains(
                "Van de 76 examenleerlingen havo/vwo zijn er 36 uiterlijk 1 mei 2027 aangemeld voor een bacheloropleiding (47%). 28 deden de studiekeuzecheck; het advies was 13 keer positief, 6 keer twijfel en 1 keer negatief. Van de 7 leerlingen met twijfel of negatief hadden er 4 een gesprek na het advies."
            ))
        #expect(text.contains("Eerstejaarsresultaten van oud-leerlingen, cohort 2025"))
        #expect(
            text.contains(
                """
                | soort | gestart | doorgegaan | geswitcht | uitgevallen | onbekend |
                | --- | --- | --- | --- | --- | --- |
                | hbo | 31–37 | 19–25 | * | * | * |
                | wo | 15–18 | 14–17 | * | 0 | * |
                | totaal | 46–55 | 33–42 | 9–18 | * | * |
                """))
    }

    @Test func withoutDataItSaysWhatToDo() throws {
        let text = try markdown(try ModuleTestSession(modules: [VoHoModule()], demo: false), language: .english)
        #expect(
            text.contains(
                "No registrations for higher education have been recorded yet; record them with hoger registreer."))
        #expect(
            text.contains("There are no first-year results from universities yet; import them with hoger importeer."))
    }
}
