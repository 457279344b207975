import Testing

@testable import LOBKit

/// `leerling vertrek`: the leaving date the retention period counts from.
@MainActor
struct StudentLeaveTests {
    @Test func theDateIsStoredShownAndUndone() throws {
        let test = try TestSession()
        #expect(
            try test.output("leerling vertrek 1042 --datum 31-7-2026")
                == "1042 Noah van Dam vertrok op 2026-07-31; privacy opschonen telt de bewaartermijn vanaf die dag\n")
        #expect(try test.output("leerling toon 1042").contains("vertrokken:     2026-07-31"))
        #expect(
            try test.output("leerling vertrek 1042 --ongedaan")
                == "1042 Noah van Dam is niet vertrokken: de datum van vertrek is gewist\n")
        #expect(!(try test.output("leerling toon 1042")).contains("vertrokken"))
    }

    @Test func theDefaultIsToday() throws {
        let test = try TestSession()
        #expect(
            try test.output("leerling vertrek 1042").hasSuffix(
                "vertrok op 2026-11-29; privacy opschonen telt de bewaartermijn vanaf die dag\n"))
    }

    @Test func unknownStudentsAndBothFlagsAreRefused() throws {
        let test = try TestSession()
        #expect(test.run("leerling vertrek 99999").error?.message == Message(.unknownStudent, "99999"))
        #expect(
            test.run("leerling vertrek 1042 --datum 2026-07-31 --ongedaan").error?.message
                == Message(.studentLeaveDateOrUndo))
    }
}
