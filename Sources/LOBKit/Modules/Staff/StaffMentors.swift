/// The school's mentors: the members with the role mentor and everyone the roster names as mentor (whether
/// registered as a member or not), each with their classes and trainings, by name.
struct StaffMentors {
    struct Mentor {
        var name: String
        var classes: [String]
        /// Whether the mentor is registered as a team member.
        var isMember: Bool
        /// Whether the roster names them as the mentor of a class.
        var inRoster: Bool
        var trainings: [StaffTraining]
    }

    let mentors: [Mentor]

    init(store: StoreTransaction) throws(LOBError) {
        let roster = try MentorRoster(store: store)
        let members = try store.staffMembers()
        var trainings: [String: [StaffTraining]] = [:]
        for training in try store.trainings() {
            trainings[StaffName.key(training.memberName), default: []].append(training)
        }
        var mentors: [String: Mentor] = [:]
        for member in members where member.isMentor || roster.mentors[member.key] != nil {
            let rostered = roster.mentors[member.key]
            mentors[member.key] = Mentor(
                name: member.name, classes: rostered?.classes ?? [], isMember: true, inRoster: rostered != nil,
                trainings: trainings[member.key] ?? [])
        }
        for (key, rostered) in roster.mentors where mentors[key] == nil {
            mentors[key] = Mentor(
                name: rostered.name, classes: rostered.classes, isMember: false, inRoster: true, trainings: [])
        }
        self.mentors = mentors.values.sorted { Value.compareText($0.name, $1.name) == .orderedAscending }
    }
}
