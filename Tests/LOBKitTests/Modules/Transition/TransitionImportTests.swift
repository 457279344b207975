import Foundation
import Testing

@testable import LOBKit

@MainActor
struct TransitionImportTests {
    @Test func importsTheSchoolsOwnFileWithBOMSemicolonsCRLFAndQuotes() throws {
        let school = try TransitionTestSchool()
        let path = try TransitionTestSchool.write(
            "\u{FEFF}Leerlingnummer;Cohort;Schooltype;Profiel;Bestemming;Instelling;Opleiding;Status na een jaar\r\n"
                + "5001;2025;HAVO;EM;HBO;\"Hogeschool Zuid; Breda\";Bedrijfskunde;doorgegaan\r\n"
                + "5002;2024-2025;vmbo-kb;;mbo-3;ROC Zuid;Verzorgende IG;\r\n")
        #expect(
            try school.test.output("doorstroom importeer \(path)")
                == "2 oud-leerlingen ingelezen: 2 nieuw, 0 bijgewerkt, 0 overgeslagen\n")
        #expect(
            try school.alumni() == [
                AlumnusDestination(
                    studentNumber: "5001", cohort: 2025, schoolType: .havo, profile: "EM", destination: .hbo,
                    institution: "Hogeschool Zuid; Breda", programme: "Bedrijfskunde", status: .continued),
                AlumnusDestination(
                    studentNumber: "5002", cohort: 2025, schoolType: .vmboKB, destination: .mbo3,
                    institution: "ROC Zuid", programme: "Verzorgende IG", status: .unknown),
            ])
        let again = try TransitionTestSchool.write(
            "leerlingnummer,cohort,schooltype,bestemming,status-na-een-jaar\n5001,2025,havo,hbo,geswitcht\n")
        #expect(
            try school.test.output("doorstroom importeer \(again)")
                == "1 oud-leerlingen ingelezen: 0 nieuw, 1 bijgewerkt, 0 overgeslagen\n")
        #expect(try school.alumni().first?.status == .switched)
    }

    @Test func aBadRowFailsTheWholeImportNamingLineAndColumn() throws {
        let school = try TransitionTestSchool()
        let path = try TransitionTestSchool.write(
            """
            leerlingnummer,cohort,schooltype,bestemming,status-na-een-jaar
            5001,2025,havo,hbo,doorgegaan
            5002,20x5,havo,hbo,
            5003,2025,mavo-plus,hbo,
            5004,2025,vwo,universiteit-x,
            5005,2025,vwo,wo,weg
            5001,2025,havo,wo,
            5006,,vwo,wo,

            """)
        let result = school.test.run("doorstroom importeer \(path)")
        #expect(result.error?.kind == .data)
        #expect(result.error?.message == Message(.importFailed, path, "6"))
        for line in [
            "\(path):3: kolom cohort: '20x5' is geen examenjaar (zoals 2025) of schooljaar (zoals 2024-2025)",
            "\(path):4: kolom schooltype: onbekende waarde 'mavo-plus' (kies uit vmbo-bb, vmbo-kb, vmbo-gl, "
                + "vmbo-tl, havo, vwo)",
            "\(path):5: kolom bestemming: onbekende waarde 'universiteit-x' (kies uit mbo-1, mbo-2, mbo-3, mbo-4, "
                + "hbo, wo, havo, vwo, werk, anders, onbekend)",
            "\(path):6: kolom status-na-een-jaar: onbekende waarde 'weg' (kies uit doorgegaan, geswitcht, "
                + "uitgevallen, onbekend)",
            "\(path):7: leerling 5001 van cohort 2025 staat al op regel 2",
            "\(path):8: cohort ontbreekt",
        ] {
            #expect(result.diagnostics.contains(line), "\(line)")
        }
        #expect(try school.alumni().isEmpty)
    }

    @Test func skippingErrorsWritesTheGoodRowsAndListsTheBadOnes() throws {
        let school = try TransitionTestSchool()
        let path = try TransitionTestSchool.write(
            "leerlingnummer,cohort,schooltype,bestemming\n5001,2025,havo,hbo\n5002,2025,havo,zee\n"
                + "5003,2025,vwo,wo\n5001,2025,havo,wo\n")
        let result = school.test.run("doorstroom importeer \(path) --sla-fouten-over")
        #expect(result.error == nil)
        #expect(result.output == "2 oud-leerlingen ingelezen: 2 nieuw, 0 bijgewerkt, 2 overgeslagen\n")
        #expect(result.diagnostics.contains("\(path):3: kolom bestemming: onbekende waarde 'zee'"))
        #expect(result.diagnostics.contains("\(path):5: leerling 5001 van cohort 2025 staat al op regel 2"))
        #expect(try school.alumni().map(\.studentNumber) == ["5001", "5003"])
        #expect(try school.alumni().first?.destination == .hbo)
    }

    @Test func aRecordThatWasThereIsUpdatedOnceAndItsSecondRowIsADuplicate() throws {
        let school = try TransitionTestSchool()
        let first = try TransitionTestSchool.write("leerlingnummer,cohort,schooltype,bestemming\n5001,2025,havo,hbo\n")
        _ = try school.test.output("doorstroom importeer \(first)")
        let twice = try TransitionTestSchool.write(
            "leerlingnummer,cohort,schooltype,bestemming\n5002,2025,vwo,wo\n5001,2025,havo,wo\n5001,2025,havo,mbo-4\n")
        let result = school.test.run("doorstroom importeer \(twice)")
        #expect(result.error?.message == Message(.importFailed, twice, "1"))
        #expect(result.diagnostics.contains("\(twice):4: leerling 5001 van cohort 2025 staat al op regel 3"))
        // All or nothing: neither the new record nor the update stayed.
        #expect(try school.alumni().map(\.destination) == [.hbo])
        #expect(
            try school.test.output("doorstroom importeer \(twice) --sla-fouten-over")
                == "2 oud-leerlingen ingelezen: 1 nieuw, 1 bijgewerkt, 1 overgeslagen\n")
        #expect(try school.alumni().map(\.destination) == [.wo, .wo])
    }

    @Test func aFileOfManyChunksNamesTheLineOfEachBadRowAndOfTheFirstOfADuplicate() throws {
        let school = try TransitionTestSchool()
        // About 2 MB: read in more than one chunk, with rows across the chunk boundaries.
        var text = "leerlingnummer,cohort,schooltype,profiel,bestemming,instelling,opleiding,status-na-een-jaar\r\n"
        for number in 0..<40_000 {
            text +=
                "\(100_000 + number),2025,havo,\"Natuur en Gezondheid\",hbo,Hogeschool Zuid,Opleiding \(number),\r\n"
        }
        text += "100007,2025,vwo,,wo,,,\r\n100009,2025,havo,,hbo,,,weg\r\n"
        let path = try TransitionTestSchool.write(text)
        let result = school.test.run("doorstroom importeer \(path)")
        #expect(result.error?.message == Message(.importFailed, path, "2"))
        #expect(result.diagnostics.contains("\(path):40002: leerling 100007 van cohort 2025 staat al op regel 9"))
        #expect(result.diagnostics.contains("\(path):40003: kolom status-na-een-jaar: onbekende waarde 'weg'"))
        #expect(try school.alumni().isEmpty)
        #expect(
            try school.test.output("doorstroom importeer \(path) --sla-fouten-over")
                == "40000 oud-leerlingen ingelezen: 40000 nieuw, 0 bijgewerkt, 2 overgeslagen\n")
        let alumni = try school.alumni()
        #expect(alumni.count == 40_000)
        #expect(alumni.last?.programme == "Opleiding 39999")
        #expect(alumni.first?.profile == "Natuur en Gezondheid")
    }

    @Test func aFileThatIsNotTextIsRefusedWhereverTheNULByteIs() throws {
        let school = try TransitionTestSchool()
        var text = "leerlingnummer,cohort,schooltype,bestemming\n"
        for number in 0..<60_000 { text += "\(number + 1),2025,havo,hbo\n" }
        let path = try TransitionTestSchool.write(text + "7,2025\u{0},havo,hbo\n")
        let result = school.test.run("doorstroom importeer \(path)")
        #expect(result.error?.message == Message(.fileIsBinary, path, "60002"))
        #expect(try school.alumni().isEmpty)
        let empty = try TransitionTestSchool.write("")
        #expect(school.test.run("doorstroom importeer \(empty)").error?.message == Message(.importEmptyFile, empty))
        #expect(
            school.test.run("doorstroom importeer /nonexistent/x.csv").error?.message
                == Message(.fileNotFound, "/nonexistent/x.csv"))
    }

    @Test func readsTheSchoolsRowsFromDUOsRegionalFile() throws {
        let school = try TransitionTestSchool()
        let result = school.test.run(
            "doorstroom importeer \(TransitionTestSchool.duoFixture.path) --formaat duo --brin 99zz")
        #expect(result.error == nil, "\(result.diagnostics)")
        #expect(
            result.output
                == "DUO: 36 rijen van 99ZZ ingelezen voor cohort 2024, 2025, 2026 (11 aantallen zijn een bereik "
                + "door <5); 18 rijen van andere scholen overgeslagen\n")
        #expect(
            result.diagnostics
                == "11 rijen met schoolcode XXXX (<5) horen op naam en gemeente bij 99ZZ en zijn meegeteld\n"
                + "3 rijen met schoolcode XXXX (<5) zijn aan geen school toe te kennen en overgeslagen; hoort er een "
                + "bij deze school, dan is het totaal te laag\n")
        let counts = try school.duoCounts(cohort: 2026)
        #expect(
            counts.first { $0.schoolType == .vmboBB && $0.destination == .mbo1 }?.count
                == CountRange(low: 1, high: 4))
        #expect(counts.first { $0.schoolType == .vmboTL && $0.destination == .havo }?.count == CountRange(5))
        #expect(CountRange.sum(counts.map(\.count)) == CountRange(low: 118, high: 130))
    }

    @Test func theDUOImportTakesTheVestigingenBRINWhenNoneIsGiven() throws {
        let school = try TransitionTestSchool(demo: true)
        let path = TransitionTestSchool.duoFixture.path
        #expect(
            try school.test.output("doorstroom importeer \(path) --formaat duo").hasPrefix("DUO: 36 rijen van 99ZZ"))
        // The file's cohorts replace the demo's counts of those cohorts.
        #expect(CountRange.sum(try school.duoCounts(cohort: 2026).map(\.count)) == CountRange(low: 118, high: 130))
    }

    @Test func aDUOFileWithoutTheSchoolsRowsIsAnError() throws {
        let school = try TransitionTestSchool()
        let path = TransitionTestSchool.duoFixture.path
        let result = school.test.run("doorstroom importeer \(path) --formaat duo --brin 12AB")
        #expect(result.error?.kind == .data)
        #expect(result.error?.message == Message(.transitionDUONoOwnRows, path, "12AB", "97ZZ, 98ZZ, 99ZZ"))
        #expect(try school.duoCounts().isEmpty)
        #expect(school.test.run("doorstroom importeer \(path) --brin 99ZZ").error?.kind == .usage)
    }

    @Test func aBadDUORowFailsTheWholeImport() throws {
        let school = try TransitionTestSchool()
        let path = try TransitionTestSchool.write(
            "\u{FEFF}\"BRIN NUMMER\";\"VESTIGINGSNAAM\";\"GEMEENTENAAM\";\"ONDERWIJSTYPE VO\";\"LEERWEG VMBO\";"
                + "\"DIPLOMAJAAR\";\"BESTEMMING\";\"AANTAL GEDIPLOMEERDEN\"\r\n"
                + "\"99ZZ\";\"Het Zuiderlicht College\";\"Zuiderhaven\";\"HAVO\";\"\";\"2025\";\"HBO\";\"30\"\r\n"
                + "\"99ZZ\";\"Het Zuiderlicht College\";\"Zuiderhaven\";\"HAVO\";\"\";\"2025\";\"WO\";\"<6\"\r\n"
                + "\"99ZZ\";\"Het Zuiderlicht College\";\"Zuiderhaven\";\"VMBO\";\"\";\"2025\";\"HBO\";\"3\"\r\n")
        let result = school.test.run("doorstroom importeer \(path) --formaat duo --brin 99ZZ")
        #expect(result.error?.message == Message(.importFailed, path, "2"))
        #expect(result.diagnostics.contains("\(path):3: kolom aantal: '<6' is geen aantal (een heel getal, of <5)"))
        #expect(result.diagnostics.contains("\(path):4: kolom onderwijstype: 'VMBO' (leerweg '') is geen schooltype"))
        #expect(try school.duoCounts().isEmpty)
    }
}
