import Testing

@testable import LOBKit

/// `privacy log`: the exports of other modules, filtered by date and kind; append-only.
@MainActor
struct PrivacyLogTests {
    @Test func exportsAreLoggedWithWhoWhatAndHowMany() throws {
        let test = try TestSession()
        try test.output(
            """
            zet door "M. Jansen"
            dossier exporteer 1042 > /dev/null
            evaluatie export --voor netwerk > /dev/null
            zet vandaag 2026-12-01
            privacy inzage 1042 > /dev/null
            """)
        let all = try test.output("privacy log | kolommen datum door soort wat")
        #expect(
            all == """
                datum       door       soort   wat
                ----------  ---------  ------  --------------------------------
                2026-11-29  M. Jansen  export  dossier 1042
                2026-11-29  M. Jansen  export  evaluatie 2026-2027 voor netwerk
                2026-12-01  M. Jansen  inzage  leerling 1042
                (3 rijen)

                """)
        #expect(try test.output("privacy log --sinds 2026-11-30 | aantal") == "1\n")
        #expect(try test.output("privacy log --soort export | aantal") == "2\n")
    }

    @Test func theLogCannotBeChangedOrEmptied() throws {
        let store = try Store.demo(modules: BuiltinModules.all)
        for sql in ["UPDATE privacy_log SET door = 'x'", "DELETE FROM privacy_log"] {
            #expect(throws: LOBError.self) {
                try store.transaction { transaction throws(LOBError) in
                    try transaction.appendAudit(
                        AuditEntry(
                            date: LOBDate.today(), time: "12:00:00", author: "a", kind: .export, what: "w", count: 1))
                    _ = try transaction.execute(sql)
                }
            }
        }
    }
}
