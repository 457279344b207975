import Testing

@testable import LOBKit

/// `privacy verwijder`: shows what would go, and removes it only with the number typed again.
@MainActor
struct PrivacyDeleteTests {
    static let expected = """
        tabel                    rijen
        -----------------------  -----
        leerling                     1
        gesprek                      1
        gesprek_afspraak             2
        gesprek_deelnemer            2
        gesprek_werkaantekening      1
        (5 rijen)

        """

    @Test func withoutConfirmationNothingIsRemoved() throws {
        let test = try TestSession()
        try test.output("gesprek wijzig 38 --werkaantekening \"Vertrouwelijk: thuissituatie\"")
        let result = test.run("privacy verwijder 1042")
        #expect(result.output == Self.expected)
        #expect(
            result.diagnostics
                == "er is niets verwijderd: geef --bevestig 1042 om deze 7 rijen van leerling 1042 te verwijderen\n")
        #expect(try test.output("privacy verwijder 1042") == Self.expected)
    }

    @Test func aWrongConfirmationIsRefused() throws {
        let test = try TestSession()
        let result = test.run("privacy verwijder 1042 --bevestig 1043")
        #expect(result.error?.message == Message(.privacyDeleteMismatch, "1043", "1042"))
        #expect(try test.output("leerling toon 1042").contains("Noah"))
    }

    @Test func theConfirmedDeletionLeavesNothingAndIsLogged() throws {
        let test = try TestSession()
        try test.output("gesprek wijzig 38 --werkaantekening \"Vertrouwelijk\"")
        let result = test.run("zet door decaan\nprivacy verwijder 1042 --bevestig 1042")
        #expect(result.error == nil)
        #expect(
            result.diagnostics == "leerling 1042: 7 rijen verwijderd of geanonimiseerd; vastgelegd in privacy log\n")
        let store = try test.session.store()
        let left = try store.transaction { transaction throws(LOBError) in try transaction.personalRows(of: "1042") }
        #expect(left == [])
        #expect(test.run("privacy verwijder 1042").error?.message == Message(.unknownStudent, "1042"))
        #expect(
            try test.output("privacy log | kolommen door soort wat aantal")
                == "door    soort         wat            aantal\n------  ------------  -------------  ------\ndecaan  verwijdering  leerling 1042       7\n(1 rij)\n"
        )
    }

    @Test func anAlumnusOnlyInTheDoorstroomRecordsLosesTheNumber() throws {
        let test = try TestSession()
        // The demo's oldest alumnus, in no roster.
        let number = "24001"
        #expect(
            try test.output("privacy verwijder \(number)")
                == "tabel                rijen\n-------------------  -----\ndoorstroom_leerling      1\n(1 rij)\n")
        try test.output("privacy verwijder \(number) --bevestig \(number)")
        #expect(test.run("privacy inzage \(number)").error?.message == Message(.unknownStudent, number))
    }
}
