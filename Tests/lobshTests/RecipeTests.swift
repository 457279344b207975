import Foundation
import Testing

/// The recipes in `Recipes/`: each case in `Recipes/` here (`NAME.test`, with its expected `NAME.out` and
/// `NAME.err`, empty when absent) runs `lobsh --demo Recipes/<recept>.lob <args>` from the package root, as a
/// decaan would; and every recipe has a case, the header `recepten` reads, and a `vereis` line per parameter.
///
/// A case's header: `# recept: NAAM`, `# args: naam=waarde …` (split at blanks; `$TMP` is a fresh folder,
/// written back as `$TMP` in the output), `# exit: N` (0 when absent) and `# echo: ja` for `--echo`.
struct RecipeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var recipe = ""
        var arguments: [String] = []
        var exitCode: Int32 = 0
        var echo = false
        var testDescription: String { name }
    }

    static let recipesFolder = LobshProcess.packageRoot.appendingPathComponent("Recipes")
    static let casesFolder = LobshProcess.packageRoot.appendingPathComponent("Tests/lobshTests/Recipes")

    static let recipes: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: recipesFolder.path)) ?? [])
        .filter { $0.hasSuffix(".lob") }.map { String($0.dropLast(4)) }.sorted()

    static let cases: [Case] = ((try? FileManager.default.contentsOfDirectory(atPath: casesFolder.path)) ?? [])
        .filter { $0.hasSuffix(".test") }.sorted().map { file in
            var testCase = Case(name: String(file.dropLast(5)))
            let text = (try? String(contentsOf: casesFolder.appendingPathComponent(file), encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") {
                if line.hasPrefix("# recept: ") {
                    testCase.recipe = line.dropFirst(10).trimmingCharacters(in: .whitespaces)
                }
                if line.hasPrefix("# args: ") {
                    testCase.arguments = line.dropFirst(8).split(separator: " ").map(String.init)
                }
                if line.hasPrefix("# exit: ") { testCase.exitCode = Int32(line.dropFirst(8)) ?? -1 }
                if line.hasPrefix("# echo: ") { testCase.echo = line.dropFirst(8) == "ja" }
            }
            return testCase
        }

    @Test func thereAreRecipesAndCases() {
        #expect(RecipeTests.recipes.count >= 4)
        #expect(RecipeTests.cases.count >= RecipeTests.recipes.count)
    }

    @Test(arguments: cases)
    func recipeGivesItsExpectedOutputAndExitCode(_ testCase: Case) throws {
        #expect(RecipeTests.recipes.contains(testCase.recipe), "\(testCase.name): no recipe '\(testCase.recipe)'")
        let temporary = try LobshProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let arguments =
            ["--demo"] + (testCase.echo ? ["--echo"] : []) + ["Recipes/\(testCase.recipe).lob"]
            + testCase.arguments.map { $0.replacingOccurrences(of: "$TMP", with: temporary.path) }
        let result = try LobshProcess.run(arguments, in: LobshProcess.packageRoot)
        let base = RecipeTests.casesFolder.appendingPathComponent(testCase.name)
        let expectedOutput = (try? String(contentsOf: base.appendingPathExtension("out"), encoding: .utf8)) ?? ""
        let expectedErrors = (try? String(contentsOf: base.appendingPathExtension("err"), encoding: .utf8)) ?? ""
        #expect(result.output.replacingOccurrences(of: temporary.path, with: "$TMP") == expectedOutput)
        #expect(result.errors.replacingOccurrences(of: temporary.path, with: "$TMP") == expectedErrors)
        #expect(result.status == testCase.exitCode)
    }

    @Test(arguments: recipes)
    func everyRecipeHasACase(_ recipe: String) {
        #expect(RecipeTests.cases.contains { $0.recipe == recipe })
    }

    @Test(arguments: recipes)
    func everyRecipeStartsWithTheHeader(_ recipe: String) throws {
        let lines = try RecipeTests.lines(of: recipe)
        #expect(lines.first?.hasPrefix("# \(recipe): ") == true, "the first line is '# \(recipe): …'")
        for label in ["# Wanneer: ", "# Parameters:", "# Voorbeeld: "] {
            #expect(lines.contains { $0.hasPrefix(label) }, "a line '\(label)…'")
        }
    }

    @Test(arguments: recipes)
    func theHeaderNamesExactlyTheParametersOfTheVereisLines(_ recipe: String) throws {
        let lines = try RecipeTests.lines(of: recipe)
        var documented: [String] = []
        var inParameters = false
        for line in lines {
            guard line.hasPrefix("#") else { break }
            if line.hasPrefix("# Parameters:") {
                inParameters = true
            } else if line.hasPrefix("# ") && !line.hasPrefix("#  ") {
                inParameters = false
            } else if inParameters, let word = line.dropFirst().split(separator: " ").first,
                let equals = word.firstIndex(of: "="), equals != word.startIndex
            {
                documented.append(String(word[..<equals]))
            }
        }
        let declared = lines.filter { $0.hasPrefix("vereis ") }.compactMap {
            $0.split(separator: " ").dropFirst().first
        }
        .map(String.init)
        #expect(Set(documented) == Set(declared), "documented \(documented), declared by vereis \(declared)")
        #expect(!documented.isEmpty || declared.isEmpty)
    }

    static func lines(of recipe: String) throws -> [String] {
        try String(contentsOf: recipesFolder.appendingPathComponent(recipe + ".lob"), encoding: .utf8)
            .components(separatedBy: "\n")
    }
}
