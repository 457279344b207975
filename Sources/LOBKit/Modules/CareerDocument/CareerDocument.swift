/// One student's career document (loopbaandossier): what the student did, discussed and earned, in order.
///
/// It holds the shared parts only. Conversations come from `conversations(_:)`, whose value has no private
/// working note, and nothing here reads `privateNote(conversationID:)`: what the student may take to the
/// next school is what the student may read.
struct CareerDocument {
    /// One step of the journey.
    enum Entry {
        case activity(Participation)
        case conversation(Conversation)
        case item(CareerItem)

        var date: LOBDate {
            switch self {
            case .activity(let participation): participation.date
            case .conversation(let conversation): conversation.date
            case .item(let item): item.date
            }
        }

        /// Activities first on one day, then conversations (which often look back on them), then items.
        var rank: Int {
            switch self {
            case .activity: 0
            case .conversation: 1
            case .item: 2
            }
        }
    }

    let student: Student
    /// The vestiging's name, for the reader at the next school.
    let schoolName: String
    let madeOn: LOBDate
    /// The participations the student took part in (status `deelgenomen`), by date.
    let participations: [Participation]
    let conversations: [Conversation]
    let items: [CareerItem]
    /// The catalogue by upper-case code, for the activities' names.
    let catalogue: [String: Activity]
    /// Progress with the inspanningsverplichting of the current school year; nil when the student's group has
    /// no rules.
    let obligations: ObligationProgress?

    /// Reads everything of `student`'s document from the store, as it stands on `today`.
    init(student: Student, in store: StoreTransaction, today: LOBDate) throws(LOBError) {
        self.student = student
        madeOn = today
        schoolName = try store.branches().first { $0.id == student.branchID }?.name ?? ""
        let numbers = [student.number]
        participations = try store.participations(ParticipationQuery(studentNumbers: numbers, status: .participated))
        conversations = try store.conversations(ConversationQuery(studentNumbers: numbers))
        items = try store.careerItems(studentNumbers: numbers)
        catalogue = Dictionary(
            try store.activities().map { ($0.code.uppercased(), $0) }, uniquingKeysWith: { first, _ in first })
        obligations = try ObligationProgress.measure([student], asOf: today, in: store).first
    }

    /// Whether nothing at all is recorded yet.
    var isEmpty: Bool { participations.isEmpty && conversations.isEmpty && items.isEmpty }

    /// Every step, by date.
    var journey: [Entry] {
        let entries =
            participations.map(Entry.activity) + conversations.map(Entry.conversation) + items.map(Entry.item)
        return entries.enumerated().sorted { left, right in
            if left.element.date != right.element.date { return left.element.date < right.element.date }
            if left.element.rank != right.element.rank { return left.element.rank < right.element.rank }
            return left.offset < right.offset
        }.map(\.element)
    }

    func activity(_ code: String) -> Activity? { catalogue[code.uppercased()] }

    /// `1042-Dam`: the name a file of this document gets, before its extension.
    var fileStem: String { CareerDocument.fileStem(of: student) }

    /// The number, then the surname with only letters, digits and single dashes: nothing that could leave
    /// the folder or trouble another system.
    static func fileStem(of student: Student) -> String {
        let surname = String(
            String.UnicodeScalarView(
                student.surname.unicodeScalars.map { scalar in
                    scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) ? scalar : "-"
                }))
        let trimmed = surname.split(separator: "-").joined(separator: "-")
        return trimmed.isEmpty ? student.number : "\(student.number)-\(trimmed)"
    }
}
