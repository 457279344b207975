extension ObligationsModule {
    /// The demo school's rules, for the examination years, the choice moments and a few years between.
    static let demoRules: [(types: [SchoolType], year: Int, requirement: ObligationRequirement, description: String)] =
        [
            ([.havo], 5, .kind(.openDay, minimum: 2), "Twee open dagen van een hogeschool in het examenjaar"),
            ([.havo], 5, .activities(["OUDL-5H"]), "De oud-leerlingenavond havo"),
            ([.vwo], 6, .kind(.openDay, minimum: 2), "Twee open dagen van een hogeschool of universiteit"),
            ([.vwo], 6, .activities(["OUDL-6V"]), "De oud-leerlingenavond vwo"),
            (SchoolType.allCases.filter(\.isVmbo), 4, .activities(["MEEL-4V"]), "Een meeloopdag bij een mbo-opleiding"),
            (SchoolType.allCases.filter(\.isVmbo), 4, .kind(.openDay, minimum: 1), "Een open dag van een mbo-school"),
            (
                [.havo, .vwo], 3, .activities(["PROF-3", "PROFTEST-3"]),
                "Het profielkeuzetraject met de profielkeuzetest"
            ),
            (SchoolType.allCases.filter(\.isVmbo), 2, .activities(["SNUF-2"]), "De snuffelstage voor de sectorkeuze"),
            ([.havo, .vwo], 4, .activities(["STUDIE-4"]), "De studiekeuzetest"),
            ([.vwo], 5, .competency(.networking, minimum: 1), "Eén activiteit om een netwerk op te bouwen"),
        ]

    /// Loads the demo rules, each checked against the catalogue as `verplichting nieuw` checks it.
    public func loadDemoData(into store: StoreTransaction, today: LOBDate) throws(LOBError) {
        let catalogue = try store.activities()
        for demo in Self.demoRules {
            for type in demo.types {
                let group = ObligationGroup(schoolType: type, year: demo.year)
                if let problem = ObligationFeasibility.problem(demo.requirement, for: group, catalogue: catalogue) {
                    throw LOBError(.failed, problem.message)
                }
                try store.addObligationRule(
                    ObligationRule(
                        schoolType: type, year: demo.year, requirement: demo.requirement,
                        description: demo.description))
            }
        }
    }
}
