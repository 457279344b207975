import Foundation
import Testing

@testable import LOBKit

/// Running scripts with `vereis`, `voor`, `als` and `fout` on the demo school.
@MainActor
struct SessionRunningTests {
    @Test func vereisKeepsAGivenValue() throws {
        let test = try TestSession(demo: false)
        test.session.setVariable("weken", "6")
        #expect(try test.output("vereis weken 4\necho $weken") == "6\n")
    }

    @Test func vereisFallsBackToItsDefault() throws {
        let test = try TestSession(demo: false)
        #expect(try test.output("vereis weken 4\nvereis jaar $schooljaar\necho $weken $jaar") == "4 2026-2027\n")
    }

    @Test func zetMayComeBeforeVereisAndFeedItsDefault() throws {
        let test = try TestSession(demo: false)
        #expect(try test.output("zet vandaag 2026-03-01\nvereis jaar $schooljaar\necho $jaar") == "2025-2026\n")
    }

    @Test func aMissingParameterStopsWithTheRecipesUsage() throws {
        let test = try TestSession(demo: false)
        let result = test.run(
            "# Wie had geen gesprek?\nvereis weken\nvereis mentor \"\"\nvereis jaar $schooljaar\necho nooit",
            name: "opvolging.lob")
        #expect(result.output == "")
        #expect(result.error?.kind == .usage)
        #expect(
            result.diagnostics == """
                opvolging.lob:2:8: fout: parameter 'weken' ontbreekt; gebruik: opvolging.lob weken=… [mentor=""] [jaar=$schooljaar]
                  vereis weken
                         ^^^^^

                """)
    }

    @Test func vereisStandsAtTheTopOutsideBlocks() throws {
        let test = try TestSession(demo: false)
        let late = test.run("zet a 1\nvereis b 2\necho x\nvereis c 3")
        #expect(late.output == "", "checked before anything runs")
        #expect(late.diagnostics.hasPrefix("test.lob:4:1: fout: 'vereis' hoort bovenaan het script"))
        let inBlock = test.run("als 1 = 1 {\n  vereis b 2\n}")
        #expect(inBlock.error?.message == Message(.requireInBlock))
        #expect(inBlock.error?.span?.locationText == "test.lob:2:3")
    }

    @Test func aLoopOverAnEmptyTableRunsItsBodyZeroTimes() throws {
        let test = try TestSession(demo: true)
        #expect(
            try test.output("voor rij in (leerling lijst --klas X9Z) {\n  echo $rij.roepnaam\n}\necho klaar")
                == "klaar\n")
    }

    @Test func aLoopGivesEachRowsColumns() throws {
        let test = try TestSession(demo: true)
        let script = """
            voor rij in (leerling lijst --klas H4A | eerste 3) {
                echo "$rij.roepnaam ${rij.achternaam}, $rij.klas." $rij.klas-lijst
            }
            """
        #expect(
            try test.output(script)
                == "Boaz Arslan, H4A. H4A-lijst\nCato Bakker, H4A. H4A-lijst\nHannah Beek, H4A. H4A-lijst\n")
    }

    @Test func theRowAloneIsTheWholeRowAndIsGoneAfterTheLoop() throws {
        let test = try TestSession(demo: true)
        let script = """
            zet r buiten
            voor r in (leerling lijst --klas H4A | kolommen leerlingnummer roepnaam | eerste 1) {
                echo $r
            }
            echo $r
            """
        #expect(try test.output(script) == "leerlingnummer: 1164, roepnaam: Boaz\nbuiten\n")
    }

    @Test func anUnknownColumnNamesTheColumnsThereAre() throws {
        let test = try TestSession(demo: true)
        let result = test.run(
            "voor rij in (leerling lijst --klas H4A | kolommen roepnaam klas | eerste 1) {\n  echo $rij.naam\n}")
        #expect(result.error?.message == Message(.unknownColumn, "naam", "roepnaam, klas"))
        #expect(
            result.diagnostics.hasPrefix("test.lob:2:8: fout: onbekende kolom 'naam'; de kolommen zijn: roepnaam, klas")
        )
    }

    @Test func aLoopNeedsATable() throws {
        let test = try TestSession(demo: false)
        let result = test.run("voor r in (echo a) {\n}")
        #expect(result.error?.message == Message(.loopNeedsTable))
        #expect(result.error?.span?.locationText == "test.lob:1:12")
    }

    @Test func ifComparesValuesAsWaarDoes() throws {
        let test = try TestSession(demo: false)
        let script = """
            zet weken 10
            zet klas H4A
            als $weken > 4 { echo "meer dan 4" }
            als $weken > 40 { echo "meer dan 40" } anders { echo "niet meer dan 40" }
            als "$klas" = h4a en $weken <= 10 { echo "H4A, hoogstens 10" }
            als $klas ~ V of $klas !~ 4 { echo fout } anders { echo goed }
            """
        #expect(try test.output(script) == "meer dan 4\nniet meer dan 40\nH4A, hoogstens 10\ngoed\n")
    }

    @Test func ifComparesTheNumberAPipelineGives() throws {
        let test = try TestSession(demo: true)
        let script = """
            als (leerling lijst --klas H4A | aantal) = 23 {
                echo drieëntwintig
            }
            als 20 < (leerling lijst --klas H4A | aantal) { echo "meer dan 20" }
            """
        #expect(try test.output(script) == "drieëntwintig\nmeer dan 20\n")
    }

    @Test func aTableInAConditionAsksForAantal() throws {
        let test = try TestSession(demo: true)
        let result = test.run("als (leerling lijst) > 3 { echo x }")
        #expect(result.error?.message == Message(.conditionNeedsSingleValue))
        #expect(result.error?.span?.locationText == "test.lob:1:6")
    }

    @Test func elseIfTakesTheFirstBranchThatHolds() throws {
        let test = try TestSession(demo: false)
        let script = """
            voor k in (lees klassen.csv) {
                als $k.klas ~ H { echo "$k.klas havo" } anders als $k.klas ~ V { echo "$k.klas vwo" } anders { echo "$k.klas vmbo" }
            }
            """
        test.session.workingDirectory = try Self.folder(with: ["klassen.csv": "klas\nH4A\nV2B\nK3A\n"])
        #expect(try test.output(script) == "H4A havo\nV2B vwo\nK3A vmbo\n")
    }

    @Test func blocksNestAForInAnIfInAFor() throws {
        let test = try TestSession(demo: true)
        let script = """
            voor klas in (leerling lijst --schooltype havo --leerjaar 4 | kolommen klas | uniek) {
              als $klas.klas = H4A {
                voor l in (leerling lijst --klas $klas.klas | eerste 2) {
                  echo "$klas.klas: $l.roepnaam"
                }
              } anders {
                echo "$klas.klas overgeslagen"
              }
            }
            """
        #expect(try test.output(script) == "H4A: Boaz\nH4A: Cato\nH4B overgeslagen\n")
    }

    @Test func foutStopsTheScriptWithExitCodeOneEvenWhenKeepingGoing() throws {
        let test = try TestSession(demo: false)
        test.session.keepGoing = true
        let result = test.run(
            "zet weken 0\nals $weken < 1 {\n  fout \"weken moet minstens 1 zijn, niet $weken\"\n}\necho nooit")
        #expect(result.output == "")
        #expect(result.error?.kind == .failed)
        #expect(result.error?.kind.exitCode == 1)
        #expect(
            result.diagnostics == """
                test.lob:3:3: fout: weken moet minstens 1 zijn, niet 0
                    fout "weken moet minstens 1 zijn, niet $weken"
                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

                """)
    }

    /// Four students of H4A; the third (Hannah, 1316) fails after her own deletion committed.
    static let thirdIterationFails = """
        voor rij in (leerling lijst --klas H4A | eerste 4) {
          leerling verwijder $rij.leerlingnummer
          als $rij.roepnaam = Hannah { leerling toon $rij.leerlingnummer }
          echo "na $rij.roepnaam"
        }
        echo einde
        """

    @Test func anErrorInTheThirdIterationStopsThereAfterTwoCommittedIterations() throws {
        let test = try TestSession(demo: true)
        let result = test.run(Self.thirdIterationFails)
        #expect(
            result.output == """
                leerling 1164 (Boaz Arslan) is verwijderd
                na Boaz
                leerling 1569 (Cato Bakker) is verwijderd
                na Cato
                leerling 1316 (Hannah op de Beek) is verwijderd

                """)
        #expect(result.error?.kind == .failed)
        #expect(result.diagnostics.hasPrefix("test.lob:3:46: fout: er is geen leerling met nummer 1316\n"))
        #expect(
            try test.output("leerling lijst --klas H4A | eerste 2 | kolommen leerlingnummer | naar csv")
                == "leerlingnummer\n1497\n1573\n", "the three deletions stay; Tygo (1497) is still there")
        #expect(try test.output("leerling lijst --klas H4A | aantal") == "20\n")
    }

    @Test func withDoorgaanTheLoopGoesOnAfterAnError() throws {
        let test = try TestSession(demo: true)
        test.session.keepGoing = true
        let result = test.run(Self.thirdIterationFails)
        #expect(result.output.hasSuffix("na Hannah\nleerling 1497 (Tygo Boersma) is verwijderd\nna Tygo\neinde\n"))
        #expect(result.diagnostics.components(separatedBy: "fout:").count == 2)
        #expect(result.error?.span?.locationText == "test.lob:3:46")
    }

    @Test func theWholeScriptIsCheckedInsideBlocksBeforeItRuns() throws {
        let test = try TestSession(demo: true)
        let flag = test.run(
            "echo begin\nvoor r in (leerling lijst) {\n  als 1 = 1 {\n    leerling lijst --klass X\n  }\n}")
        #expect(flag.output == "")
        #expect(flag.diagnostics.hasPrefix("test.lob:4:20: fout: onbekende vlag '--klass' (bedoelde je '--klas'?)"))
        let inCondition = test.run("echo begin\nals (leerling lijstt | aantal) = 0 {\n}")
        #expect(inCondition.output == "")
        #expect(inCondition.error?.span?.locationText == "test.lob:2:15")
    }

    @Test func aRedirectionMakesTheFoldersItWritesInto() throws {
        let test = try TestSession(demo: true)
        let folder = try Self.folder(with: [:])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = "\(folder)/nieuw/jaar/h4a.csv"
        #expect(try test.output("leerling lijst --klas H4A | kolommen leerlingnummer | eerste 2 > \(target)") == "")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "leerlingnummer\n1164\n1569\n")
    }

    @Test func aRedirectionThatCannotMakeItsFolderSaysWhichFile() throws {
        let test = try TestSession(demo: true)
        let folder = try Self.folder(with: ["bestand": "tekst"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = test.run("leerling lijst --klas H4A | aantal > \(folder)/bestand/x.txt")
        #expect(result.error?.kind == .failed)
        #expect(result.diagnostics.hasPrefix("test.lob:1:36: fout: kan niet schrijven naar '\(folder)/bestand/x.txt'"))
    }

    static func folder(with files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("blokken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder.path
    }
}
