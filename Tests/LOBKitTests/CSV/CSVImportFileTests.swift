import Foundation
import LOBKit
import Testing

/// `CSVImportFile`, the module API's reader of import files, through its public face only: what a network
/// module sees.
struct CSVImportFileTests {
    enum Field: String, CaseIterable {
        case number = "leerlingnummer"
        case programme = "opleiding"
        case note = "opmerking"

        var spellings: [String] {
            switch self {
            case .number: ["leerlingnummer", "nummer"]
            case .programme: ["opleiding", "programme"]
            case .note: ["opmerking"]
            }
        }
    }

    private static let span = SourceSpan(source: Source(name: nil, text: ""), start: 0, end: 0)

    private static func read(_ text: String) throws(LOBError) -> CSVImportFile<Field> {
        try read(Data(text.utf8))
    }

    private static func read(_ data: Data) throws(LOBError) -> CSVImportFile<Field> {
        try CSVImportFile<Field>(
            data: data, path: "in.csv", spellings: \.spellings, mandatory: [.number, .programme], at: span)
    }

    private static func error(_ data: Data) -> String? {
        do {
            _ = try read(data)
            return nil
        } catch {
            return error.message.text(.dutch)
        }
    }

    @Test func readsRowsByFieldThroughLooseHeaders() throws {
        let file = try Self.read("\u{FEFF}Nummer;Opleiding\r\n 1001 ; Verpleegkunde \r\n\r\n1002;\"Zorg; welzijn\"\r\n")
        #expect(file.rows.map(\.line) == [2, 4])
        #expect(file.rows.map { $0[.number] } == ["1001", "1002"])
        #expect(file.rows.map { $0[.programme] } == ["Verpleegkunde", "Zorg; welzijn"])
        #expect(file.rows.map { $0[.note] } == ["", ""])
        #expect(file.has(.number) && !file.has(.note))
        #expect(file.header(.number) == "Nummer" && file.header(.note) == "opmerking")
        #expect(file.problems.isEmpty)
        try file.refuseIfProblems([], at: Self.span, language: .dutch)
    }

    @Test func refusesEveryProblemAtOnceByLineAndColumn() throws {
        let file = try Self.read("nummer,opleiding\n1001,x\n1002\n\"1003,y\n")
        #expect(file.rows.map(\.line) == [2])
        let found = file.rows.map { file.problem($0, .programme, Message(Localized(nl: "te kort", en: "too short"))) }
        do {
            try file.refuseIfProblems(found, at: Self.span, language: .dutch)
            Issue.record("no error")
        } catch {
            #expect(error.kind.exitCode == 3)
            #expect(error.message.text(.dutch) == "in.csv: 3 foute regel(s); er is niets ingelezen")
            #expect(error.message.text(.english) == "in.csv: 3 bad line(s); nothing was imported")
            #expect(
                error.details.map { $0.text(.dutch) } == [
                    "in.csv:2: kolom opleiding: te kort", "in.csv:3: 1 velden, de kopregel heeft er 2",
                    "in.csv:4: een aanhalingsteken wordt niet gesloten",
                ])
        }
    }

    @Test func refusesAFileThatCannotBeRead() {
        #expect(Self.error(Data()) == "in.csv is leeg: er is zelfs geen kopregel")
        #expect(
            Self.error(Data("opleiding,opmerking\nx,y\n".utf8))
                == "in.csv mist de kolom(men) leerlingnummer; gevonden koppen: opleiding, opmerking")
        #expect(
            Self.error(Data("nummer,opleiding,Num-mer\n1,x,2\n".utf8))
                == "in.csv: de kop 'nummer' staat twee keer in de kopregel (kolom 1 en 3); hernoem of verwijder er een")
        let utf16 = Data(
            [0xFF, 0xFE] + Array("nummer,opleiding\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(Self.error(utf16)?.hasPrefix("in.csv is UTF-16") == true)
        let binary = Data(Array("PK\u{3}\u{4}\n".utf8) + [0, 1, 2])
        #expect(
            Self.error(binary)
                == "in.csv is geen tekstbestand: er staat een NUL-byte op regel 2; kies het CSV-bestand zelf (een binair bestand, zoals .xlsx, kan lobsh niet lezen)"
        )
    }

    @Test func comparesHeadersLoosely() {
        #expect(CSVHeader.normalize(" Bsa-Positief ") == "bsapositief")
        #expect(CSVHeader.normalize("leerling_nummer.") == "leerlingnummer")
    }
}
