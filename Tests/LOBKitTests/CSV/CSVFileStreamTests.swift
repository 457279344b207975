import Foundation
import Testing

@testable import LOBKit

/// `CSVFileStream` and `ImportStream` read a file a chunk at a time; whatever the chunks, they must read what
/// `CSVReader` and `ImportFile` read from the whole file in memory.
struct CSVFileStreamTests {
    /// Files whose records, lines and problems depend on bytes that a chunk boundary can split.
    static let files: [[UInt8]] =
        [
            "a,b,c\n1,2,3\n4,5,6\n",
            "a,b\r\n1,2\r\n\r\n3,4\r\r5,6\n\n",
            "\u{FEFF}x;y;z\r\n1;\"two; three\";4\r\n\"multi\r\nline\";\"with \"\"quotes\"\"\";x\r\n",
            "a,b\n\"open,1\n2,3\n",
            "\n\n\"h\"\"1\",h2\n1,\"\n\"\n,\n",
            "a\tb\n1\t2\n",
            "a,b\n\"x\"y,2\n3",
            "a,b\n1,2\r",
        ].map { Array($0.utf8) } + [
            // Bytes that are not UTF-8, on the second and on a later line of a quoted field.
            Array("a,b\n1,".utf8) + [0xC3, 0x28] + Array("\n2,3\n".utf8),
            Array("a,b\n\"1\n2".utf8) + [0xFF] + Array("\",3\n4,5\n".utf8),
        ]

    private static func write(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString).csv")
            .path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private static let span = SourceSpan(source: Source(name: nil, text: ""), start: 0, end: 0)

    @Test(arguments: files, [1, 2, 3, 5, 64, 1 << 20])
    func readsTheRecordsAndProblemsOfTheWholeFile(bytes: [UInt8], chunkSize: Int) throws {
        let path = try Self.write(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = CSVReader.read(bytes)
        var stream = try CSVFileStream(path: path, shownPath: path, at: Self.span, chunkSize: chunkSize)
        var records: [CSVRecord] = []
        var batch: [CSVRecord] = []
        while try stream.nextRecords(into: &batch, path: path, at: Self.span) { records += batch }
        #expect(stream.separator == whole.separator)
        #expect(records == (whole.header.map { [$0] } ?? []) + whole.records)
        #expect(stream.problems == whole.problems)
    }

    @Test(arguments: [1, 4, 1 << 20])
    func refusesWhatIsNotTextAsTheWholeFileCheckDoes(chunkSize: Int) throws {
        let cases: [([UInt8], Message)] = [
            (Array("a,b\n1,2\r\n3,4\r".utf8) + [0x0A, 0x35, 0x00], Message(.fileIsBinary, "f", "4")),
            ([0xFF, 0xFE, 0x61, 0x00, 0x2C, 0x00], Message(.csvUTF16, "f")),
            ([0xFE, 0xFF, 0x61, 0x62], Message(.csvUTF16, "f")),
            (Array(repeating: [0x61, 0x00], count: 40).flatMap { $0 }, Message(.csvUTF16, "f")),
        ]
        for (bytes, message) in cases {
            let path = try Self.write(bytes)
            defer { try? FileManager.default.removeItem(atPath: path) }
            #expect(throws: LOBError.self) {
                _ = try CSVFileStream(path: path, shownPath: "f", at: Self.span, chunkSize: chunkSize)
            }
            do {
                _ = try CSVFileStream(path: path, shownPath: "f", at: Self.span, chunkSize: chunkSize)
            } catch {
                #expect(error.message == message)
            }
        }
        #expect(throws: LOBError.self) {
            _ = try CSVFileStream(path: "/nonexistent/x.csv", shownPath: "x.csv", at: Self.span)
        }
    }

    /// Alumni files with every kind of bad row, duplicates among them.
    static let alumniFiles: [String] = [
        "leerlingnummer,cohort,schooltype,bestemming\n1,2025,havo,hbo\n2,2025,vwo,wo\n",
        """
        leerlingnummer;cohort;schooltype;bestemming;status-na-een-jaar\r
        1;2025;havo;hbo;doorgegaan\r
        2;20x5;havo;hbo;\r
        3;2025;mavo-plus;hbo;\r
        1;2025;havo;wo;\r
        4;2025\r
        ;2025;vwo;wo;\r
        5;2025;vwo;wo;weg\r
        "6";"2024-2025";" vwo ";WO;"
        """,
        "nummer,cohort\n1,2025\n",
        "leerlingnummer,cohort,schooltype,bestemming\n",
        "\n\n",
    ]

    @Test(arguments: alumniFiles, [1, 7, 1 << 20])
    func importsTheRowsImportFileWouldImport(text: String, chunkSize: Int) throws {
        let path = try Self.write(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        // The whole file in memory, as every import read it before.
        let whole: Result<ImportFile<AlumniFile.Field, AlumnusDestination>, LOBError>
        do {
            whole = .success(
                try ImportFile<AlumniFile.Field, AlumnusDestination>(
                    data: Data(text.utf8), path: path, mappings: [], at: Self.span,
                    key: { "\($0.studentNumber)\u{1F}\($0.cohort)" },
                    duplicate: { row, first in
                        Message(.transitionRowDuplicate, row.studentNumber, String(row.cohort), String(first))
                    },
                    check: AlumniFile.check))
        } catch {
            whole = .failure(error)
        }
        // A chunk at a time, duplicates found by key as the store's unique key finds them.
        var seen: [String: Int] = [:]
        var good: [Int] = []
        let streamed: Result<ImportStream<AlumniFile.Field>.Outcome, LOBError>
        do {
            var file = try CSVFileStream(path: path, shownPath: path, at: Self.span, chunkSize: chunkSize)
            streamed = .success(
                try AlumniFile.read(
                    &file, path: path, at: Self.span,
                    accept: { line, row in
                        let key = "\(row.studentNumber)\u{1F}\(row.cohort)"
                        if let first = seen[key] {
                            return Message(
                                .transitionRowDuplicate, row.studentNumber, String(row.cohort), String(first))
                        }
                        seen[key] = line
                        good.append(line)
                        return nil
                    }, everyChunk: {}))
        } catch {
            streamed = .failure(error)
        }
        switch (whole, streamed) {
        case (.success(let whole), .success(let streamed)):
            #expect(good == whole.good.map(\.line))
            #expect(streamed.accepted == whole.good.count)
            #expect(streamed.bad.map(\.line) == whole.bad.map(\.line))
            #expect(streamed.bad.map(\.message) == whole.bad.map(\.message))
        case (.failure(let whole), .failure(let streamed)):
            #expect(streamed.message == whole.message)
        default:
            Issue.record("whole file: \(whole), streamed: \(streamed)")
        }
    }
}
