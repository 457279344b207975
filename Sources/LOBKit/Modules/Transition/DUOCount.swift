/// One aggregate of DUO's 'Bestemming vo-gediplomeerden' for the school: how many graduates of a cohort and
/// school type went to a destination; a range when DUO published `<5`.
public struct DUOCount: Sendable, Equatable {
    /// The exam year (summer), such as 2025.
    public var cohort: Int
    public var schoolType: SchoolType
    public var destination: Destination
    public var count: CountRange

    public init(cohort: Int, schoolType: SchoolType, destination: Destination, count: CountRange) {
        self.cohort = cohort
        self.schoolType = schoolType
        self.destination = destination
        self.count = count
    }
}
