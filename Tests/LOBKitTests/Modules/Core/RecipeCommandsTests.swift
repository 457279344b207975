import Foundation
import Testing

@testable import LOBKit

/// `recepten` and `recept` on folders of their own.
@MainActor
struct RecipeCommandsTests {
    private func session() throws -> TestSession {
        let test = try TestSession(demo: false)
        let (first, later) = try RecipeBookTests.folders()
        test.session.recipeFolders = [first, later]
        test.session.workingDirectory = URL(fileURLWithPath: first).deletingLastPathComponent().path
        return test
    }

    @Test func receptenListsNameSummaryParametersAndFolder() throws {
        let test = try session()
        #expect(
            try test.output("recepten") == """
                naam        omschrijving           parameters                                map
                ----------  ---------------------  ----------------------------------------  -----
                dubbel      de eerste              klas=…                                    eerst
                opvolging   wie had geen gesprek?  [weken=6] [mentor=""] [jaar=$schooljaar]  eerst
                zonder-kop                                                                   later
                (3 rijen)

                """)
    }

    @Test func receptRunsARecipeWithItsParameters() throws {
        let test = try session()
        #expect(try test.output("recept opvolging weken=4") == "4\n")
        #expect(try test.output("recept dubbel klas=H4A") == "eerst H4A\n")
        #expect(try test.output("recipe zonder-kop") == "geen kop\n")
    }

    @Test func anUnknownRecipeSuggestsTheNearestName() throws {
        let test = try session()
        let result = test.run("recept opvolgng", name: "-c")
        #expect(result.error?.kind == .usage)
        #expect(
            result.diagnostics == """
                -c:1:8: fout: onbekend recept 'opvolgng' (bedoelde je 'opvolging'?)
                  recept opvolgng
                         ^^^^^^^^

                """)
        #expect(
            test.run("recept xyz").error?.message
                == Message(.unknownRecipe, "xyz"))
    }

    @Test func aMissingParameterGivesTheRecipesUsage() throws {
        let test = try session()
        let result = test.run("recept dubbel", name: "-c")
        #expect(result.error?.kind == .usage)
        #expect(
            result.diagnostics == """
                eerst/dubbel.lob:2:8: fout: parameter 'klas' ontbreekt; gebruik: recept dubbel klas=…
                  vereis klas
                         ^^^^

                """)
    }
}
