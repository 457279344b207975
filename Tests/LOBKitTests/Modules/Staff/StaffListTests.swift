import Testing

@testable import LOBKit

@MainActor
struct StaffListTests {
    @Test func conversationsOfThisSchoolYearCountByParticipantName() throws {
        let school = try StaffTestSchool(
            "team nieuw \"J. de Vries\" --rol mentor\nteam nieuw \"M. Jansen\" --rol decaan")
        try school.addConversation("1001", "2026-10-01", [ConversationParticipant(role: .mentor, name: "j. de vries")])
        // Named twice in one conversation: one conversation.
        try school.addConversation(
            "1002", "2026-11-02",
            [
                ConversationParticipant(role: .mentor, name: "J. de Vries"),
                ConversationParticipant(role: .teacher, name: "J. de Vries"),
                ConversationParticipant(role: .counsellor, name: "M. Jansen"),
            ])
        // Last school year: not counted.
        try school.addConversation("1005", "2026-06-30", [ConversationParticipant(role: .mentor, name: "J. de Vries")])
        #expect(
            try school.csv("team lijst | kolommen naam gesprekken")
                == "naam,gesprekken\nJ. de Vries,2\nM. Jansen,1\n")
        #expect(
            try school.csv("team lijst --schooljaar 2025-2026 | kolommen naam gesprekken")
                == "naam,gesprekken\nJ. de Vries,1\nM. Jansen,0\n")
    }

    @Test func theRoleFilterKeepsMembersWithThatRole() throws {
        let school = try StaffTestSchool(
            "team nieuw \"J. de Vries\" --rol mentor --rol docent\nteam nieuw \"M. Jansen\" --rol decaan")
        #expect(try school.csv("team lijst --rol docent | kolommen naam") == "naam\nJ. de Vries\n")
        #expect(
            try school.csv("team lijst --rol decaan | kolommen naam klassen leerlingen")
                == "naam,klassen,leerlingen\nM. Jansen,,0\n")
    }
}
