/// The Kwaliteitsagenda's norms and the school's scan of them, year after year.
public struct AgendaModule: CommandModule {
    public init() {}

    public let name = "agenda"
    public let version = "1.0.0"
    public let apiVersion = LOBKitInfo.apiVersion
    public let summary = Localized(
        nl: "De normen van de Kwaliteitsagenda LOB en de scan van de school, per schooljaar",
        en: "The norms of the Kwaliteitsagenda LOB and the school's scan of them, per school year")

    public var groups: [CommandGroup] {
        [
            CommandGroup(
                "agenda",
                summary: Localized(
                    nl:
                        "De acht normen, de beoordeling per schooljaar, de scan als start-, inventarisatie- en evaluatie-instrument",
                    en:
                        "The eight norms, the assessment per school year, the scan as start, inventory and evaluation instrument"
                ))
        ]
    }

    public var commands: [any Command] {
        [
            AgendaNorms(), AgendaShow(), AgendaAssess(), AgendaHistory(), AgendaNewYear(), AgendaScan(),
            AgendaCompare(), AgendaReport(),
        ]
    }

    public var migrations: [Migration] { AgendaSchema.migrations }

    public var reportSections: [any ReportSection] { [AgendaReportSection()] }

    /// Two years of scans: last year largely in development, this year further along.
    public func loadDemoData(into store: StoreTransaction, today: LOBDate) throws(LOBError) {
        let thisYear = today.schoolYear
        let lastYear = SchoolYear(validStartYear: thisYear.startYear - 1)
        let plans: [(SchoolYear, Int, Int, [(String, AssessmentStatus, [String], String)])] = [
            (
                lastYear, 3, 15,
                [
                    ("B1", .developing, ["Concept-beleidsplan LOB"], "Beleidsvragen grotendeels beantwoord"),
                    ("B2", .notStarted, [], ""),
                    ("B3", .developing, ["Inspanningsverplichting havo/vwo 4-6"], "Nog niet voor vmbo"),
                    ("A1", .developing, ["Activiteitenoverzicht per leerjaar"], "Onderbouw mager"),
                    ("A2", .notStarted, [], ""),
                    ("A3", .developing, ["Training loopbaangesprekken voor 6 mentoren"], ""),
                    ("A4", .notStarted, [], "Keuze portfolio uitgesteld"),
                    ("K1", .notStarted, [], ""),
                ]
            ),
            (
                thisYear, 10, 1,
                [
                    ("B1", .realised, ["Beleidsplan LOB", "Notulen MR (instemming)"], "Opgenomen in schoolplan"),
                    ("B2", .developing, ["LOB-pagina in de schoolgids"], "Ouderavond nog plannen"),
                    ("B3", .developing, ["Inspanningsverplichting alle schooltypen"], ""),
                    ("A1", .realised, ["Activiteitencatalogus", "Dekking per leerjaar"], ""),
                    // Every choice moment is prepared on paper (`activiteit samenhang`), but the students do not
                    // experience the programme as coherent: LOB04 in `tevredenheid overzicht` scores lowest but one.
                    (
                        "A2", .developing, ["Keuzemomenten per schooltype"],
                        "Elk keuzemoment voorbereid, maar leerlingen ervaren weinig samenhang (tevredenheid, LOB04)"
                    ),
                    ("A3", .developing, ["Training loopbaangesprekken voor 14 mentoren"], ""),
                    ("A4", .developing, ["Portfolio gekozen"], "Invoering leerjaar 1 en 2"),
                    // The demo's evaluation of last year (see EvaluationModule) was held with the MR, but without
                    // the student satisfaction that was measured (see SatisfactionModule).
                    (
                        "K1", .developing, ["Evaluatie met MR en leerlingenraad (juni)"],
                        "Tevredenheid wel gemeten, maar niet gebruikt in de evaluatie met de MR"
                    ),
                ]
            ),
        ]
        for (year, month, day, norms) in plans {
            let calendarYear = month >= 8 ? year.startYear : year.startYear + 1
            let date = min(LOBDate(year: calendarYear, month: month, day: day) ?? today, today)
            for (norm, status, evidence, note) in norms {
                try store.addAssessment(
                    Assessment(
                        id: 0, norm: norm, schoolYear: year, status: status, evidence: evidence, note: note,
                        assessor: "M. Jansen (decaan)", assessedOn: date))
            }
        }
    }
}

extension Norm {
    /// The positional every agenda command names a norm with; its choices give did-you-mean and completion.
    static let positional = Positional(
        "norm", .choice(Norm.all.map(\.id)),
        help: Localized(
            nl: "De norm: B1, B2, B3, A1, A2, A3, A4 of K1", en: "The norm: B1, B2, B3, A1, A2, A3, A4 or K1"))
}
