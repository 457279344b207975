/// Norm A3's measure of professionalisation: the share of mentors trained in career conversations in the
/// last two school years (the one measured and the one before).
struct StaffIndicator: Indicator {
    let id = "team.getrainde-mentoren"
    let norms = ["A3"]
    let name = Localized(
        nl: "Mentoren getraind in loopbaangesprekken (laatste twee schooljaren)",
        en: "Mentors trained in career conversations (last two school years)")

    /// In order from this share of trained mentors.
    static let threshold = 80
    /// The school years a training counts in.
    static let years = 2

    func measure(in store: StoreTransaction, schoolYear: SchoolYear) throws(LOBError) -> IndicatorValue {
        guard try store.hasStaffData(), let window = TrainingWindow(years: Self.years, until: schoolYear) else {
            return .noData
        }
        let all = try StaffMentors(store: store).mentors
        // The roster says who mentors a class; a school that has not imported one yet counts its registered mentors.
        let rostered = all.filter(\.inRoster)
        let mentors = rostered.isEmpty ? all : rostered
        guard !mentors.isEmpty else { return finding(Message(.staffIndicatorNoMentors), inOrder: nil) }
        let trained = mentors.filter { mentor in
            mentor.trainings.contains { $0.isAbout(.careerConversations) && window.contains($0.date) }
        }.count
        let percent = Int((Double(trained) * 100 / Double(mentors.count)).rounded())
        return finding(
            Message(.staffIndicatorShare, String(trained), String(mentors.count), String(percent)),
            inOrder: trained * 100 >= Self.threshold * mentors.count)
    }

    private func finding(_ message: Message, inOrder: Bool?) -> IndicatorValue {
        .value(Localized(nl: message.text(.dutch), en: message.text(.english)), inOrder: inOrder)
    }
}
