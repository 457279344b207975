/// One answer to a policy question; every answer is kept, a new one never overwrites an old one.
struct PolicyAnswer: Sendable, Equatable {
    var question: PolicyQuestion
    /// The school year the answer is for; it holds for later years until a newer answer replaces it.
    var schoolYear: SchoolYear
    var text: String
    /// Who recorded it; empty when unknown.
    var author: String
    var recorded: LOBDate
}

/// How students meet their inspanningsverplichting (norm B3), as recorded for a school year.
struct StudentObligation: Sendable, Equatable {
    var schoolYear: SchoolYear
    var text: String
    var author: String
    var recorded: LOBDate
}
