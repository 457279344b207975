extension PolicyModule {
    /// The demo school's policy: answered last school year, two answers updated this year, approved by the
    /// MR and laid down in the schoolplan, published in the schoolgids; parents not informed yet.
    public func loadDemoData(into store: StoreTransaction, today: LOBDate) throws(LOBError) {
        let thisYear = today.schoolYear
        let lastYear = SchoolYear(validStartYear: thisYear.startYear - 1)
        // Last school year runs from August of `autumn` to July of `spring`.
        let autumn = lastYear.startYear
        let spring = thisYear.startYear
        // Dates in this school year that have passed, however early in it `today` is.
        let thisYearEarly = { (month: Int, day: Int) -> LOBDate? in
            LOBDate(year: spring, month: month, day: day).map { min($0, today) }
        }
        let author = "M. Jansen"

        // Every day named here exists in every year; a nil date would only leave its row out.
        let answers: [(PolicyQuestion, SchoolYear, LOBDate?, String)] = [
            (.p1, lastYear, LOBDate(year: autumn, month: 11, day: 18), DemoPolicyTexts.p1),
            (.p2, lastYear, LOBDate(year: autumn, month: 11, day: 18), DemoPolicyTexts.p2),
            (.p3, lastYear, LOBDate(year: autumn, month: 11, day: 18), DemoPolicyTexts.p3),
            (.p4, lastYear, LOBDate(year: autumn, month: 11, day: 18), DemoPolicyTexts.p4),
            (.p5, lastYear, LOBDate(year: spring, month: 1, day: 20), DemoPolicyTexts.p5),
            (.p6, lastYear, LOBDate(year: spring, month: 1, day: 20), DemoPolicyTexts.p6),
            (.p7, lastYear, LOBDate(year: spring, month: 1, day: 20), DemoPolicyTexts.p7),
            (.p3, thisYear, thisYearEarly(9, 15), DemoPolicyTexts.p3Updated),
            (.p6, thisYear, thisYearEarly(9, 15), DemoPolicyTexts.p6Updated),
        ]
        for (question, year, recorded, text) in answers {
            guard let recorded else { continue }
            try store.addPolicyAnswer(
                PolicyAnswer(question: question, schoolYear: year, text: text, author: author, recorded: recorded))
        }

        let events: [(PolicyEventKind, LOBDate?, String)] = [
            (
                .studentCouncilDiscussed, LOBDate(year: spring, month: 2, day: 12),
                "Verslag leerlingenraad februari \(spring)"
            ),
            (.councilApproval, LOBDate(year: spring, month: 3, day: 10), "MR-besluit \(spring)-07"),
            (.inSchoolPlan, LOBDate(year: spring, month: 5, day: 20), "Schoolplan, hoofdstuk 4 (LOB)"),
            (.publishedInSchoolGuide, thisYearEarly(8, 28), "Schoolgids \(thisYear), hoofdstuk 6"),
        ]
        for (kind, date, reference) in events {
            guard let date else { continue }
            _ = try store.addPolicyEvent(PolicyEvent(kind: kind, date: date, reference: reference))
        }

        for responsible in [
            PolicyResponsible(role: .careersAdviser, name: author),
            PolicyResponsible(role: .coordinator, name: "S. el Idrissi"),
        ] {
            _ = try store.addPolicyResponsible(responsible, in: thisYear)
        }

        if let recorded = LOBDate(year: spring, month: 3, day: 10) {
            try store.addStudentObligation(
                StudentObligation(
                    schoolYear: lastYear, text: DemoPolicyTexts.studentObligation, author: author, recorded: recorded))
        }
    }
}

/// The demo school's answers, written as a decaan would.
private enum DemoPolicyTexts {
    static let p1 = """
        LOB is op het Zuiderlicht College nog vooral het werk van de decaan en de mentoren van de \
        examenklassen. In de onderbouw gebeurt weinig dat samenhangt, en het loopbaandossier wordt in havo \
        en vwo nauwelijks bijgehouden. Uit de leerlingenenquête blijkt dat ruim de helft van de leerlingen \
        zich goed voorbereid voelt op de profielkeuze.
        """
    static let p2 = """
        Onze leerlingen ontdekken wie ze zijn, wat ze kunnen en wat ze willen, en kiezen op grond daarvan \
        bewust een profiel, een vervolgopleiding en later een beroep. Zo stoppen of wisselen minder \
        oud-leerlingen in het eerste jaar van hun vervolgopleiding.
        """
    static let p3 = """
        We richten ons op de keuzemomenten: de profielkeuze in vmbo 2 en havo/vwo 3, en de studiekeuze in \
        de examenklassen. Loopbaangesprekken en het loopbaandossier staan daarbij centraal.
        """
    static let p4 = """
        Elke leerling voert per jaar minstens twee loopbaangesprekken met de mentor. Er zijn meeloopdagen \
        in mbo, hbo en wo, een beroepenavond met ouders en oud-leerlingen, en elk leerjaar heeft een \
        LOB-programma met vaste opdrachten in het loopbaandossier.
        """
    static let p5 = """
        Mentoren volgen een training in het voeren van loopbaangesprekken; de decaan en de LOB-coördinator \
        hebben daar samen tijd voor. We gebruiken één digitaal loopbaandossier en werken met het ROC en de \
        hogeschool in de regio samen aan meeloopdagen en doorstroomgegevens.
        """
    static let p6 = """
        De sectievoorzitters bespreken het LOB-programma twee keer per jaar in het teamoverleg. Ouders horen \
        over LOB op de ouderavonden van leerjaar 1 en van de keuzejaren.
        """
    static let p7 = """
        De directie is eindverantwoordelijk. De LOB-coördinator stelt het programma op en bewaakt de \
        kwaliteit, de decaan begeleidt de keuzes in de examenklassen en de mentoren voeren de \
        loopbaangesprekken.
        """
    static let p3Updated = """
        We richten ons op alle leerjaren, niet alleen op de keuzemomenten: vanaf leerjaar 1 werken \
        leerlingen aan hun loopbaancompetenties. Nieuw dit jaar is extra aandacht voor vmbo-leerlingen die \
        doorstromen naar de havo.
        """
    static let p6Updated = """
        Het LOB-programma staat twee keer per jaar op de agenda van elk team en de leerlingenraad denkt mee \
        over de opdrachten. Ouders krijgen bij de start van het schooljaar een overzicht van de \
        LOB-activiteiten van hun kind en een uitnodiging voor de beroepenavond.
        """
    static let studentObligation = """
        Leerlingen bereiden zich actief voor op hun keuzes: zij voeren per jaar twee loopbaangesprekken, \
        houden hun loopbaandossier bij, lopen minstens één dag mee in het vervolgonderwijs en bezoeken in \
        het voorexamenjaar twee open dagen. De mentor bespreekt in het tweede gesprek of dat gelukt is.
        """
}
