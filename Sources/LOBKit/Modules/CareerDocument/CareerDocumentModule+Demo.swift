extension CareerDocumentModule {
    /// The demo school's plusdocument items: about a third of the students has one or two (certificates,
    /// roles such as a seat on the student council, voluntary work), dated up to two years before `today`.
    ///
    /// Who has which item never depends on `today`; only the dates do.
    public func loadDemoData(into store: StoreTransaction, today: LOBDate) throws(LOBError) {
        let students = try store.students(StudentQuery()).sorted { $0.number < $1.number }
        guard !students.isEmpty else { return }
        var generator = SeededGenerator(seed: 20_261_006)
        // The items come from a generator of their own, so that drawing one does not shift the next rolls.
        var itemGenerator = SeededGenerator(seed: 20_261_007)
        var deck = DemoDeck<(CareerItemKind, String, String)>(
            (.role, "Lid van de leerlingenraad", ""),
            (.role, "Klassenvertegenwoordiger", ""),
            (.role, "Mentor voor brugklassers", ""),
            (.certificate, "EHBO-diploma", "diploma in de map van de mentor"),
            (.certificate, "Cambridge English B2 First", "certificaat-cambridge.pdf"),
            (.certificate, "Typediploma", ""),
            (.volunteering, "Vrijwilliger bij de voedselbank", "verklaring van de coördinator"),
            (.volunteering, "Trainer van een jeugdteam bij de voetbalclub", ""),
            (.extraSubject, "Extra vak: informatica", ""),
            (.placement, "Snuffelstage bij een dierenartsenpraktijk", "stageverslag.pdf"),
            (.other, "Organisatie van het schoolgala", "")
        )
        let todayNumber = DemoParticipationCalendar.dayNumber(today)
        for student in students {
            // Every roll is drawn whatever the outcome, so that one student's luck does not shift the next's.
            let hasItems = generator.index(below: 100) < 35
            let count = 1 + generator.index(below: 2)
            let ages = [generator.int(in: 14...700), generator.int(in: 14...700)]
            guard hasItems else { continue }
            for age in ages.prefix(count) {
                let (kind, description, evidence) = deck.draw(using: &itemGenerator)
                let date = DemoParticipationCalendar.date(todayNumber - age) ?? today
                _ = try store.addCareerItem(
                    CareerItem(
                        studentNumber: student.number, kind: kind, description: description, date: date,
                        evidence: evidence))
            }
        }
    }
}
