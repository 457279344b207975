/// The roster's mentors as the `mentor` column names them, with their classes and students.
///
/// Keyed by `StaffName.key`, so that a staff member finds the classes the roster gives them by name.
struct MentorRoster {
    struct Mentor: Equatable {
        /// The name as the roster writes it (the first spelling met, in student-number order).
        var name: String
        var classes: [String]
        var students: Int
    }

    /// Mentors by name key.
    let mentors: [String: Mentor]

    init(students: [Student]) {
        var names: [String: String] = [:]
        var classes: [String: Set<String>] = [:]
        var counts: [String: Int] = [:]
        for student in students.sorted(by: { $0.number < $1.number }) {
            let name = StaffName.cleaned(student.mentor)
            guard !name.isEmpty else { continue }
            let key = StaffName.key(name)
            if names[key] == nil { names[key] = name }
            if !student.className.isEmpty { classes[key, default: []].insert(student.className) }
            counts[key, default: 0] += 1
        }
        self.init(names: names, classes: classes, counts: counts)
    }

    /// From the roster counted in the store per spelling of the mentor and class: the same mentors as from every
    /// student, without reading them.
    init(store: StoreTransaction) throws(LOBError) {
        var names: [String: (name: String, firstNumber: String)] = [:]
        var classes: [String: Set<String>] = [:]
        var counts: [String: Int] = [:]
        for group in try store.rosterMentorGroups() {
            let name = StaffName.cleaned(group.mentor)
            guard !name.isEmpty else { continue }
            let key = StaffName.key(name)
            // The spelling of the lowest student number, as reading the students in number order finds first.
            if names[key].map({ group.firstNumber < $0.firstNumber }) ?? true { names[key] = (name, group.firstNumber) }
            if !group.className.isEmpty { classes[key, default: []].insert(group.className) }
            counts[key, default: 0] += group.students
        }
        self.init(names: names.mapValues(\.name), classes: classes, counts: counts)
    }

    private init(names: [String: String], classes: [String: Set<String>], counts: [String: Int]) {
        var mentors: [String: Mentor] = [:]
        for (key, name) in names {
            mentors[key] = Mentor(
                name: name,
                classes: (classes[key] ?? []).sorted { Value.compareText($0, $1) == .orderedAscending },
                students: counts[key] ?? 0)
        }
        self.mentors = mentors
    }

    /// The mentor a staff member's name matches, if the roster names them.
    func mentor(_ name: String) -> Mentor? { mentors[StaffName.key(name)] }
}
