import Foundation
import LOBKit
import Testing

struct CSVReaderTests {
    /// Reads `text` through the byte API, which every import uses.
    private func read(_ text: String, separator: CSVSeparator? = nil) -> CSVDocument {
        CSVReader.read(Array(text.utf8), separator: separator)
    }

    /// The header followed by the records, to compare a whole file at once.
    private func allRecords(_ document: CSVDocument) -> [CSVRecord] {
        (document.header.map { [$0] } ?? []) + document.records
    }

    // MARK: - Records and line ends

    @Test func readsHeaderAndRecordsWithTheirLines() {
        let document = read("a,b,c\n1,2,3\n4,5,6\n")
        #expect(document.header == CSVRecord(line: 1, fields: ["a", "b", "c"]))
        #expect(
            document.records == [
                CSVRecord(line: 2, fields: ["1", "2", "3"]), CSVRecord(line: 3, fields: ["4", "5", "6"]),
            ])
        #expect(document.separator == .comma)
        #expect(!document.hadByteOrderMark)
        #expect(document.problems.isEmpty)
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func readsEveryKindOfLineEnd(lineEnd: String) {
        let document = read(["a,b", "1,2", "3,4"].joined(separator: lineEnd) + lineEnd)
        #expect(
            allRecords(document) == [
                CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 2, fields: ["1", "2"]),
                CSVRecord(line: 3, fields: ["3", "4"]),
            ])
    }

    @Test(arguments: ["", "\n", "\r\n", "\r"])
    func finalLineEndDoesNotMakeAnExtraRecord(ending: String) {
        #expect(read("a,b\n1,2" + ending).records == [CSVRecord(line: 2, fields: ["1", "2"])])
    }

    @Test func skipsBlankLinesButKeepsCountingThem() {
        let document = read("\na,b\n\n1,2\r\n\r\n3,4\r\r5,6\n\n")
        #expect(
            allRecords(document) == [
                CSVRecord(line: 2, fields: ["a", "b"]), CSVRecord(line: 4, fields: ["1", "2"]),
                CSVRecord(line: 6, fields: ["3", "4"]), CSVRecord(line: 8, fields: ["5", "6"]),
            ])
    }

    @Test func lineOfOnlySeparatorsIsARecordOfEmptyFields() {
        #expect(read("a,b,c\n,,\n1,2,3").records.map(\.fields) == [["", "", ""], ["1", "2", "3"]])
    }

    @Test func separatorAtTheEndGivesAnEmptyLastField() {
        #expect(read("a,b,\n1,,").records.map(\.fields) == [["1", "", ""]])
        #expect(read("a,b,\n1,,").header?.fields == ["a", "b", ""])
    }

    @Test func fieldsAreNotTrimmed() {
        #expect(read("a, b ,\t\n  ,x  ").records.map(\.fields) == [["  ", "x  "]])
        #expect(read("a, b ,\t\n").header?.fields == ["a", " b ", "\t"])
    }

    // MARK: - Quoted fields

    @Test func quotedFieldsKeepSeparatorsDoubledQuotesAndNewlines() {
        let document = read("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"one\ntwo\"\n\"\",\"\"\"\",\"\"\"\"\"\"\n")
        #expect(document.records.map(\.fields) == [["x, y", "say \"hi\"", "one\ntwo"], ["", "\"", "\"\""]])
        #expect(document.problems.isEmpty)
    }

    @Test(arguments: ["\r\n", "\r", "\n"])
    func lineEndInsideQuotedFieldIsKeptAsInTheFile(lineEnd: String) {
        #expect(read("a\n\"x\(lineEnd)y\"\n").records == [CSVRecord(line: 2, fields: ["x\(lineEnd)y"])])
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func recordAfterMultiLineFieldStartsOnItsPhysicalLine(lineEnd: String) {
        let text = ["a,b", "1,\"three", "line", "field\"", "2,x", "\"p\",\"q", "r\"", "3,y"].joined(separator: lineEnd)
        #expect(
            read(text).records == [
                CSVRecord(line: 2, fields: ["1", "three\(lineEnd)line\(lineEnd)field"]),
                CSVRecord(line: 5, fields: ["2", "x"]),
                CSVRecord(line: 6, fields: ["p", "q\(lineEnd)r"]),
                CSVRecord(line: 8, fields: ["3", "y"]),
            ])
    }

    @Test(arguments: [
        ("ab\"c,d", ["ab\"c", "d"]),
        ("x\"\",\"\"\"\"", ["x\"\"", "\""]),
        ("\"ab\"c,d", ["abc", "d"]),
        ("\"ab\" \"c\",d", ["ab \"c\"", "d"]),
        (" \"ab\",d", [" \"ab\"", "d"]),
    ])
    func understandsStrayQuotesLiterally(line: String, fields: [String]) {
        let document = read("h1,h2\n" + line + "\n")
        #expect(document.records == [CSVRecord(line: 2, fields: fields)])
        #expect(document.problems.isEmpty)
    }

    @Test func unterminatedQuoteRunsToTheEndAndReportsWhereItOpened() {
        let document = read("a,b\n1,2\n3,\"open\n4,5\n6,7\n")
        #expect(document.problems == [.unterminatedQuote(line: 3)])
        #expect(
            document.records == [
                CSVRecord(line: 2, fields: ["1", "2"]), CSVRecord(line: 3, fields: ["3", "open\n4,5\n6,7\n"]),
            ])
    }

    @Test func unterminatedQuoteOnALaterLineOfTheFile() {
        let document = read("a,b\n\"x\ny\",1\r\n\r\n2,\"z")
        #expect(document.problems == [.unterminatedQuote(line: 5)])
        #expect(document.records.last == CSVRecord(line: 5, fields: ["2", "z"]))
    }

    @Test func longRunsOfQuotesAreReadInOnePass() {
        let document = read(String(repeating: "\"", count: 100_001))
        #expect(document.header?.fields == [String(repeating: "\"", count: 50_000)])
        #expect(document.problems == [.unterminatedQuote(line: 1)])
    }

    // MARK: - Separator

    @Test(arguments: [
        ("a;b;c\n1;2;3\n", CSVSeparator.semicolon),
        ("a\tb\tc\n1\t2\t3\n", .tab),
        ("a,b\n1,2\n", .comma),
        ("a;b,c\n1;2,3\n", .comma),  // a tie
        ("a;b\tc\n", .comma),  // a tie without commas
        ("abc\n1;2;3\n", .comma),  // none on the header line
        ("a;b\n1,2,3,4,5\n", .semicolon),  // only the header line counts
        ("\"x,y,z\";b\n", .semicolon),  // separators inside quotes do not count
        ("\"x\"\",\"\",\";b\n", .semicolon),  // nor do they after a doubled quote
        ("a\"b,c,d\";e\n", .comma),  // a quote inside a field is literal
        ("\n\r\na;b\n", .semicolon),  // blank lines before the header are skipped
        ("\"a\nb,c,d\";x;y\n", .semicolon),  // the header's line runs to the end of its quoted field
    ])
    func detectsTheSeparatorFromTheHeaderLine(text: String, expected: CSVSeparator) {
        #expect(read(text).separator == expected)
    }

    @Test func readsSemicolonFileWithDetectedSeparator() {
        let document = read("BRIN;Naam;Aantal\r\n00AA;\"De School; Noord\";<5\r\n")
        #expect(document.separator == .semicolon)
        #expect(document.records == [CSVRecord(line: 2, fields: ["00AA", "De School; Noord", "<5"])])
    }

    @Test func givenSeparatorOverridesDetection() {
        let document = read("a;b,c;d\n1;2,3;4\n", separator: .comma)
        #expect(document.separator == .comma)
        #expect(document.records.map(\.fields) == [["1;2", "3;4"]])
    }

    // MARK: - Encoding

    @Test func utf8ByteOrderMarkIsStrippedAndRecorded() {
        let document = CSVReader.read([0xEF, 0xBB, 0xBF] + Array("naam;klas\nZoë;5H\n".utf8))
        #expect(document.hadByteOrderMark)
        #expect(document.header == CSVRecord(line: 1, fields: ["naam", "klas"]))
        #expect(document.separator == .semicolon)
        #expect(document.records == [CSVRecord(line: 2, fields: ["Zoë", "5H"])])
    }

    @Test func invalidUTF8IsReplacedAndItsFirstLineReported() {
        let bytes =
            Array("a,b\n1,x".utf8) + [0xFF] + Array("y\n2,\"p\nq".utf8) + [0xC3] + Array("\",3\n4,".utf8) + [0xFE]
        let document = CSVReader.read(bytes)
        #expect(document.problems == [.invalidUTF8(line: 2)])
        #expect(
            document.records.map(\.fields) == [["1", "x\u{FFFD}y"], ["2", "p\nq\u{FFFD}", "3"], ["4", "\u{FFFD}"]])
    }

    @Test func invalidUTF8InsideAMultiLineFieldReportsItsOwnLine() {
        let bytes = Array("a,b\n1,\"p\r\nq\r\nr".utf8) + [0xE2, 0x82] + Array("s\"\n".utf8)
        let document = CSVReader.read(bytes)
        #expect(document.problems == [.invalidUTF8(line: 4)])
        #expect(document.records == [CSVRecord(line: 2, fields: ["1", "p\r\nq\r\nr\u{FFFD}s"])])
    }

    @Test func incompleteSequenceAtTheEndIsInvalid() {
        let document = CSVReader.read(Array("a\n\nb".utf8) + [0xEF, 0xBF])
        #expect(document.problems == [.invalidUTF8(line: 3)])
        #expect(document.records.map(\.fields) == [["b\u{FFFD}"]])
    }

    @Test func validMultiByteTextIsNoProblem() {
        let document = read("naam,plaats\nZoë,Ĳsselstein 🏫\n")
        #expect(document.problems.isEmpty)
        #expect(document.records.map(\.fields) == [["Zoë", "Ĳsselstein 🏫"]])
    }

    @Test(arguments: [[0xFF, 0xFE], [0xFE, 0xFF]] as [[UInt8]])
    func utf16ByteOrderMarkGivesNoRecords(byteOrderMark: [UInt8]) {
        let utf16 = byteOrderMark + Array("a,b\n1,2\n".utf8).flatMap { [$0, 0] }
        let document = CSVReader.read(utf16)
        #expect(document.problems == [.utf16])
        #expect(document.header == nil)
        #expect(document.records.isEmpty)
        #expect(document.hadByteOrderMark)
    }

    // MARK: - Empty files and inputs

    @Test(arguments: [[], [0xEF, 0xBB, 0xBF], Array("\n\r\n\r".utf8)] as [[UInt8]])
    func emptyInputHasNoHeaderAndNoRecords(bytes: [UInt8]) {
        let document = CSVReader.read(bytes)
        #expect(document.header == nil)
        #expect(document.records.isEmpty)
        #expect(document.problems.isEmpty)
        #expect(document.separator == .comma)
    }

    @Test(arguments: ["a;b;c", "a;b;c\n", "a;b;c\r\n\r\n"])
    func headerOnlyGivesAHeaderAndNoRecords(text: String) {
        let document = read(text)
        #expect(document.header == CSVRecord(line: 1, fields: ["a", "b", "c"]))
        #expect(document.records.isEmpty)
    }

    @Test func textDataAndBytesReadTheSame() {
        let text = "\u{FEFF}a;b\r\n\"x\r\ny\";2\r\n"
        let document = read(text)
        #expect(document.hadByteOrderMark)
        #expect(document.records == [CSVRecord(line: 2, fields: ["x\r\ny", "2"])])
        #expect(CSVReader.read(text: text) == document)
        #expect(CSVReader.read(Data(text.utf8)) == document)
        #expect(CSVReader.read(AnyCollection(text.utf8)) == document)
    }

    // MARK: - Any input

    @Test func quotedRecordsReadBackToTheirFieldsAndLines() {
        var random = SplitMix64(seed: 2026)
        let pieces = ["a", "Zoë", ",", ";", "\t", "\"", "\"\"", "\r", "\n", "\r\n", " ", ""]
        for _ in 0..<500 {
            let separator = CSVSeparator.allCases[Int.random(in: 0..<3, using: &random)]
            var text = ""
            var expected: [CSVRecord] = []
            for _ in 0..<Int.random(in: 1...5, using: &random) {
                let fields = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                    (0..<Int.random(in: 0...4, using: &random)).map { _ in
                        pieces[Int.random(in: 0..<pieces.count, using: &random)]
                    }
                    .joined()
                }
                expected.append(CSVRecord(line: physicalLineEnds(in: text) + 1, fields: fields))
                let quoted = fields.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
                text += quoted.joined(separator: separator.rawValue) + (Bool.random(using: &random) ? "\r\n" : "\n")
            }
            let document = read(text, separator: separator)
            #expect(allRecords(document) == expected, "\(text.debugDescription)")
            #expect(document.problems.isEmpty)
        }
    }

    @Test func arbitraryBytesGiveRecordsOnIncreasingLines() {
        var random = SplitMix64(seed: 4180)
        let alphabet: [UInt8] = [
            0x22, 0x2C, 0x3B, 0x09, 0x0D, 0x0A, 0x61, 0xC3, 0xA9, 0xFF, 0xEF, 0xBB, 0xBF, 0xFE, 0x00,
        ]
        for _ in 0..<5_000 {
            let bytes = (0..<Int.random(in: 0...40, using: &random)).map { _ in
                alphabet[Int.random(in: 0..<alphabet.count, using: &random)]
            }
            let document = CSVReader.read(bytes)
            let records = allRecords(document)
            let lines = records.map(\.line)
            let lastLine = physicalLineEnds(in: String(decoding: bytes, as: UTF8.self)) + 1
            #expect(zip(lines, lines.dropFirst()).allSatisfy { $0 < $1 }, "\(bytes)")
            #expect(lines.allSatisfy { (1...lastLine).contains($0) }, "\(bytes)")
            #expect(records.allSatisfy { !$0.fields.isEmpty }, "\(bytes)")
            #expect(document.problems.count <= 2, "\(bytes)")
        }
    }

    // MARK: - csv-spectrum

    /// The public acid test for CSV readers, beside the checkout in CI; never copied into the project.
    static let spectrumDirectory: URL? = {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let directory = root.deletingLastPathComponent().appendingPathComponent("shared/testdata/csv-spectrum")
        return FileManager.default.fileExists(atPath: directory.appendingPathComponent("csvs").path) ? directory : nil
    }()

    /// The names of the spectrum's CSV files, without extension; empty when the folder is absent.
    static let spectrumNames: [String] = {
        guard let directory = spectrumDirectory,
            let files = try? FileManager.default.contentsOfDirectory(
                atPath: directory.appendingPathComponent("csvs").path)
        else { return [] }
        return files.filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }.sorted()
    }()

    /// Cells where csv-spectrum 2.0.0's JSON disagrees with its own CSV, as "file/column".
    ///
    /// In 2.0.0 `location_coordinates.json` gives the phone number 1234567890 where the CSV has 2095257564
    /// (fixed upstream later); checked as a known issue, so a corrected copy makes this entry fail.
    static let knownSpectrumDefects: Set<String> = ["location_coordinates/Contact Phone Number"]

    @Test(
        .enabled(if: CSVReaderTests.spectrumDirectory != nil, "csv-spectrum is not at ../shared/testdata/csv-spectrum"),
        arguments: CSVReaderTests.spectrumNames)
    func readsCSVSpectrumFileAsItsJSONTwin(name: String) throws {
        let directory = try #require(Self.spectrumDirectory)
        let bytes = try Data(contentsOf: directory.appendingPathComponent("csvs/\(name).csv"))
        let json = try Data(contentsOf: directory.appendingPathComponent("json/\(name).json"))
        // An array of objects; 2.0.0's location_coordinates.json is a bare object for its one row.
        let expected =
            try (try? JSONDecoder().decode([[String: String]].self, from: json))
            ?? [JSONDecoder().decode([String: String].self, from: json)]

        let document = CSVReader.read(bytes)
        let header = try #require(document.header).fields
        #expect(document.problems.isEmpty)
        #expect(document.records.count == expected.count)
        for (record, row) in zip(document.records, expected) {
            let actual = Dictionary(zip(header, record.fields), uniquingKeysWith: { first, _ in first })
            #expect(record.fields.count == header.count, "line \(record.line)")
            for column in Set(actual.keys).union(row.keys).sorted() {
                if Self.knownSpectrumDefects.contains("\(name)/\(column)") {
                    withKnownIssue("csv-spectrum 2.0.0's JSON disagrees with its CSV here") {
                        #expect(actual[column] == row[column], "line \(record.line), column \(column)")
                    }
                } else {
                    #expect(actual[column] == row[column], "line \(record.line), column \(column)")
                }
            }
        }
    }
}

/// The number of line ends in `text` as a file has them: LF, CRLF and a lone CR each count once.
private func physicalLineEnds(in text: String) -> Int {
    let scalars = Array(text.unicodeScalars)
    return scalars.indices.filter { index in
        scalars[index] == "\n" || (scalars[index] == "\r" && (index + 1 == scalars.count || scalars[index + 1] != "\n"))
    }.count
}

/// A small seeded generator, so that random inputs are the same on every run.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
