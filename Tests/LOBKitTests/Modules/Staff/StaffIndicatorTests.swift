import Testing

@testable import LOBKit

@MainActor
struct StaffIndicatorTests {
    private func share(_ trained: Int, _ total: Int, _ percent: Int) -> String {
        Message(.staffIndicatorShare, String(trained), String(total), String(percent)).text(.dutch)
    }

    @Test func noTeamAndNoTrainingsIsNoData() throws {
        #expect(try StaffTestSchool().indicator() == .noData)
    }

    @Test func theShareOfRosterMentorsTrainedInConversationsInTwoSchoolYears() throws {
        let school = try StaffTestSchool(
            """
            team nieuw --uit-rooster
            team nieuw "K. Smit" --rol mentor
            team scholing "J. de Vries" --titel G --aanbieder X --datum 2025-09-01 --uren 4 --onderwerp loopbaangesprekken
            team scholing "M. Bakker" --titel B --aanbieder X --datum 2026-10-01 --uren 4 --onderwerp lob-beleid
            team scholing "A. Özdemir" --titel G --aanbieder X --datum 2025-07-31 --uren 4 --onderwerp loopbaangesprekken
            team scholing "K. Smit" --titel G --aanbieder X --datum 2026-10-01 --uren 4 --onderwerp loopbaangesprekken
            """)
        // K. Smit mentors no class in the roster; A. Özdemir's training is one day before the window.
        let value = try school.indicator()
        #expect(
            value
                == .value(
                    Localized(nl: share(1, 3, 33), en: "1 of 3 mentors trained in career conversations (33%)"),
                    inOrder: false))
        // Measured for 2025-2026, the window is 2024-2025 and 2025-2026.
        guard case .value(let text, _) = try school.indicator(2025) else {
            Issue.record("no value for 2025-2026")
            return
        }
        #expect(text.dutch == share(2, 3, 67))
    }

    @Test func eightyPercentIsInOrder() throws {
        var script = "team nieuw --uit-rooster\n"
        for name in ["J. de Vries", "A. Özdemir", "M. Bakker"] {
            script +=
                "team scholing \"\(name)\" --titel G --aanbieder X --datum 2026-10-01 --uren 4 --onderwerp loopbaangesprekken\n"
        }
        let value = try StaffTestSchool(script).indicator()
        #expect(
            value
                == .value(
                    Localized(nl: share(3, 3, 100), en: "3 of 3 mentors trained in career conversations (100%)"),
                    inOrder: true))
    }

    @Test func withoutARosterTheRegisteredMentorsCount() throws {
        let test = try TestSession(demo: false)
        try test.output("team nieuw \"K. Smit\" --rol mentor\nteam nieuw \"M. Jansen\" --rol decaan")
        let value = try test.session.store().transaction { store throws(LOBError) in
            try StaffIndicator().measure(in: store, schoolYear: SchoolYear(validStartYear: 2026))
        }
        #expect(
            value
                == .value(
                    Localized(nl: share(0, 1, 0), en: "0 of 1 mentors trained in career conversations (0%)"),
                    inOrder: false))
    }

    @Test func theAgendaShowsItUnderA3() throws {
        let test = try TestSession(demo: true)
        #expect(
            try test.output("agenda toon A3").contains(
                "Mentoren getraind in loopbaangesprekken (laatste twee schooljaren): 14 van 34 mentoren getraind in loopbaangesprekken (41%)"
            ))
    }
}
