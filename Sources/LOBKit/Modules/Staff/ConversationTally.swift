/// How many conversations each person took part in, counted by name (see `StaffName`).
enum ConversationTally {
    /// Per name key, the conversations of `schoolYear` with that name among the participants; a person
    /// named twice in one conversation (as mentor and as docent) counts once.
    static func counts(in store: StoreTransaction, schoolYear: SchoolYear) throws(LOBError) -> [String: Int] {
        let query = ConversationQuery(
            from: TrainingWindow.firstDay(of: schoolYear), until: TrainingWindow.lastDay(of: schoolYear))
        var counts: [String: Int] = [:]
        for conversation in try store.conversations(query) {
            for key in Set(conversation.participants.map { StaffName.key($0.name) }) where !key.isEmpty {
                counts[key, default: 0] += 1
            }
        }
        return counts
    }
}
