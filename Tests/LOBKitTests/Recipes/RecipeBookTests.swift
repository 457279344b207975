import Foundation
import Testing

@testable import LOBKit

@MainActor
struct RecipeBookTests {
    /// Folders `eerst` and `later` with recipes; `dubbel` is in both.
    static func folders() throws -> (first: String, later: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("recipes-\(UUID().uuidString)")
        let first = root.appendingPathComponent("eerst")
        let later = root.appendingPathComponent("later")
        for folder in [first, later] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        let files = [
            first.appendingPathComponent("dubbel.lob"): "# dubbel: de eerste\nvereis klas\necho eerst $klas\n",
            first.appendingPathComponent("opvolging.lob"):
                "# opvolging: wie had geen gesprek?\n# Wanneer: maandag\nvereis weken 6\nvereis mentor \"\"\nvereis jaar $schooljaar\necho $weken\n",
            later.appendingPathComponent("dubbel.lob"): "# dubbel: de tweede\necho later\n",
            later.appendingPathComponent("zonder-kop.lob"): "echo geen kop\n",
            later.appendingPathComponent("notities.txt"): "geen recept\n",
        ]
        for (url, text) in files { try text.write(to: url, atomically: true, encoding: .utf8) }
        return (first.path, later.path)
    }

    private func book(_ folders: [String]) throws -> RecipeBook {
        RecipeBook(folders: folders, parser: try TestSession(demo: false).session.parser)
    }

    @Test func anEarlierFolderHidesARecipeOfTheSameName() throws {
        let (first, later) = try RecipeBookTests.folders()
        let recipes = try book([first, later, "/nonexistent/folder"]).recipes()
        #expect(recipes.map(\.name) == ["dubbel", "opvolging", "zonder-kop"])
        #expect(recipes.first?.summary == "de eerste")
        #expect(recipes.first?.path == first + "/dubbel.lob")
        #expect(try book([later, first]).recipe(named: "dubbel")?.summary == "de tweede")
    }

    @Test func parametersComeFromTheVereisLines() throws {
        let (first, later) = try RecipeBookTests.folders()
        let recipe = try #require(try book([first, later]).recipe(named: "opvolging"))
        #expect(recipe.summary == "wie had geen gesprek?")
        #expect(
            recipe.parameters == [
                RecipeParameter(name: "weken", defaultValue: "6"), RecipeParameter(name: "mentor", defaultValue: ""),
                RecipeParameter(name: "jaar", defaultValue: "$schooljaar"),
            ])
        #expect(recipe.usage == "[weken=6] [mentor=\"\"] [jaar=$schooljaar]")
        #expect(try book([first]).recipe(named: "dubbel")?.usage == "klas=…")
        #expect(try book([later]).recipe(named: "zonder-kop")?.summary == "")
    }

    @Test func namesThatAreNotRecipesFindNothing() throws {
        let (first, later) = try RecipeBookTests.folders()
        let recipes = try book([first, later])
        #expect(recipes.recipe(named: "notities") == nil)
        #expect(recipes.recipe(named: "../eerst/dubbel") == nil)
        #expect(recipes.recipe(named: "") == nil)
        #expect(recipes.names() == ["dubbel", "opvolging", "zonder-kop"])
    }

    @Test func theDefaultFoldersInTheirOrder() {
        let folders = RecipeBook.defaultFolders(
            environment: ["HOME": "/home/decaan", "LOBSH_RECEPTEN": "/gedeeld/recepten::netwerk"],
            workingDirectory: "/werk", executable: nil)
        #expect(
            folders == [
                "/werk/Recipes", "/home/decaan/.config/lobsh/recepten", "/gedeeld/recepten", "/werk/netwerk",
            ])
        let withConfig = RecipeBook.defaultFolders(
            environment: ["HOME": "/home/decaan", "XDG_CONFIG_HOME": "/config", "LOBSH_RECEPTEN": "/werk/Recipes"],
            workingDirectory: "/werk", executable: nil)
        #expect(withConfig == ["/werk/Recipes", "/config/lobsh/recepten"])
    }

    @Test func theCheckoutOfTheExecutableAddsItsRecipes() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("checkout-\(UUID().uuidString)")
        let debug = root.appendingPathComponent(".build/x86_64-unknown-linux-gnu/debug")
        try FileManager.default.createDirectory(at: debug, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("Recipes"), withIntermediateDirectories: true)
        try "// swift-tools-version: 6.2\n".write(
            to: root.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
        let folders = RecipeBook.defaultFolders(
            environment: ["HOME": "/home/decaan"], workingDirectory: "/werk",
            executable: debug.appendingPathComponent("lobsh").path)
        #expect(
            folders == [
                "/werk/Recipes", root.resolvingSymlinksInPath().path + "/Recipes",
                "/home/decaan/.config/lobsh/recepten",
            ])
        #expect(RecipeBook.checkout(around: "/usr/local/bin/lobsh") == nil)
    }
}
