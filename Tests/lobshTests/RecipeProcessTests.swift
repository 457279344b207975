import Foundation
import Testing

/// How the built lobsh finds recipes: `Recipes/` here and in its checkout, the user's folder, `$LOBSH_RECEPTEN`.
struct RecipeProcessTests {
    /// Folders with recipes for `XDG_CONFIG_HOME` and two `LOBSH_RECEPTEN` folders; `proef-dubbel` is in all three.
    static func folders() throws -> URL {
        let root = try LobshProcess.temporaryHome()
        let files = [
            "config/lobsh/recepten/proef-dubbel.lob": "# proef-dubbel: uit de config\necho config\n",
            "config/lobsh/recepten/proef-eigen.lob":
                "# proef-eigen: alleen in de config\nvereis klas H4A\necho $klas\n",
            "een/proef-dubbel.lob": "# proef-dubbel: uit de eerste map\necho een\n",
            "een/proef-netwerk.lob": "# proef-netwerk: uit de eerste map\nvereis jaar\necho $jaar\n",
            "twee/proef-netwerk.lob": "# proef-netwerk: uit de tweede map\necho twee\n",
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    private func run(_ line: String, in root: URL) throws -> LobshProcess.Result {
        var result = try LobshProcess.run(
            ["-c", line], in: root,
            environment: [
                "XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
                "LOBSH_RECEPTEN": root.appendingPathComponent("een").path + ":twee",
            ])
        result.output = result.output.replacingOccurrences(of: root.path, with: "$TMP")
        result.errors = result.errors.replacingOccurrences(of: root.path, with: "$TMP")
        return result
    }

    @Test func receptenListsTheFoldersInOrderTheFirstWinning() throws {
        let root = try RecipeProcessTests.folders()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run("recepten | waar naam ~ proef-", in: root)
        #expect(
            result.output == """
                naam           omschrijving         parameters  map
                -------------  -------------------  ----------  ---------------------
                proef-dubbel   uit de config                    config/lobsh/recepten
                proef-eigen    alleen in de config  [klas=H4A]  config/lobsh/recepten
                proef-netwerk  uit de eerste map    jaar=…      een
                (3 rijen)

                """)
        #expect(result.errors == "")
    }

    @Test func theProjectsRecipesAreFoundFromAnyFolder() throws {
        let root = try RecipeProcessTests.folders()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run("recepten | waar naam = wekelijkse-opvolging | kolommen naam parameters", in: root)
        #expect(
            result.output == """
                naam                  parameters
                --------------------  -----------------------------------
                wekelijkse-opvolging  [weken=6] [mentor=""] [leerjaar=""]
                (1 rij)

                """)
    }

    @Test func receptRunsByNameWithParameters() throws {
        let root = try RecipeProcessTests.folders()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try run("recept proef-eigen klas=V5B", in: root).output == "V5B\n")
        #expect(try run("recept proef-dubbel", in: root).output == "config\n")
        let missing = try run("recept proef-netwerk", in: root)
        #expect(
            missing.errors == """
                een/proef-netwerk.lob:2:8: fout: parameter 'jaar' ontbreekt; gebruik: recept proef-netwerk jaar=…
                  vereis jaar
                         ^^^^

                """)
        #expect(missing.status == 2)
        let unknown = try run("recept proef-eign", in: root)
        #expect(unknown.errors.hasPrefix("-c:1:8: fout: onbekend recept 'proef-eign' (bedoelde je 'proef-eigen'?)\n"))
        #expect(unknown.status == 2)
    }

    @Test func aRecipeRunsFromThePackageRootAsTheReadmeSays() throws {
        let result = try LobshProcess.run(
            ["--demo", "Recipes/wekelijkse-opvolging.lob", "weken=4", "vandaag=2026-11-29"],
            in: LobshProcess.packageRoot)
        #expect(
            result.output.hasPrefix("Leerlingen zonder loopbaangesprek sinds 2026-11-01 (4 weken): 692, per mentor:\n"))
        #expect(result.errors == "")
        #expect(result.status == 0)
    }
}
