import Testing

@testable import LOBKit

@MainActor
struct TransitionModuleDemoTests {
    @Test func threeCohortsOfAbout145GraduatesWithSuccessForTheOlderTwo() throws {
        let school = try TransitionTestSchool(demo: true)
        let alumni = try school.alumni()
        #expect(Set(alumni.map(\.cohort)) == [2024, 2025, 2026])
        for cohort in [2024, 2025, 2026] {
            let year = alumni.filter { $0.cohort == cohort }
            #expect((130...160).contains(year.count), "cohort \(cohort): \(year.count)")
            #expect(Set(year.map(\.schoolType)) == Set(SchoolType.allCases))
            let known = year.filter { $0.status != .unknown }.count
            if cohort == 2026 {
                #expect(known * 10 < year.count, "the newest cohort is mostly not known yet")
            } else {
                #expect(known * 10 > year.count * 8, "cohort \(cohort): \(known) known")
            }
        }
    }

    @Test func havoGraduatesSwitchMoreOftenThanOthers() throws {
        let school = try TransitionTestSchool(demo: true)
        let older = try school.alumni().filter { $0.cohort < 2026 }
        func switchedShare(_ types: [SchoolType]) -> Double {
            let group = older.filter { types.contains($0.schoolType) && $0.status != .unknown }
            return Double(group.filter { $0.status == .switched }.count) / Double(max(1, group.count))
        }
        let havo = switchedShare([.havo])
        let others = switchedShare(SchoolType.allCases.filter { $0 != .havo })
        #expect(havo > 0.25)
        #expect(havo > others * 1.8, "havo \(havo), others \(others)")
    }

    @Test func duosCountsMatchTheOwnRecordsWithSmallCountsCensored() throws {
        let school = try TransitionTestSchool(demo: true)
        let counts = try school.duoCounts()
        #expect(Set(counts.map(\.cohort)) == [2024, 2025, 2026])
        #expect(counts.contains { $0.count == .censoredSmall })
        #expect(!counts.contains { $0.count.isExact && (1...4).contains($0.count.low) })
        #expect(!counts.contains { $0.destination == .work || $0.destination == .unknown })
        for cohort in [2024, 2025, 2026] {
            let own = try school.alumni(cohort: cohort).count
            let total = CountRange.sum(counts.filter { $0.cohort == cohort }.map(\.count))
            #expect(total.low <= own && own <= total.high && !total.isExact, "cohort \(cohort): \(total) vs \(own)")
        }
    }
}
