import Foundation

@testable import LOBKit

// The CSV reader behind every import, on arbitrary bytes: detected and each given separator, with the
// document's invariants checked; then the bytes read as `lees` and every import that needs no store reads
// them (roster, catalogue, alumni, satisfaction, and `CSVImportFile` as a network module's import does), with
// each error and bad-row list formatted as lobsh shows it.

private let source = Source(name: "fuzz.lob", text: "importeer x.csv")
private let span = SourceSpan(source: source, start: 10, end: 15)
private let schoolYear = SchoolYear(validStartYear: 2025)

/// libFuzzer's test: one input, 0 when it was handled (a crash or a trap is a finding).
func fuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    let detected = CSVReader.read(data)
    check(detected, given: nil)
    for separator in CSVSeparator.allCases {
        check(CSVReader.read(data, separator: separator), given: separator)
    }
    check(CSVReader.read(text: String(decoding: data, as: UTF8.self)), given: nil)
    readAsFiles(data, document: detected)
    return 0
}

/// Traps (a crash libFuzzer reports) when a document breaks what the reader promises.
private func check(_ document: CSVDocument, given separator: CSVSeparator?) {
    if let separator, document.separator != separator { trap("separator \(document.separator) not \(separator)") }
    var previous = 0
    for record in [document.header].compactMap({ $0 }) + document.records {
        if record.line <= previous { trap("record line \(record.line) after \(previous)") }
        if record.fields.isEmpty { trap("a record without fields on line \(record.line)") }
        previous = record.line
    }
    if document.problems.contains(.utf16), document.header != nil { trap("a UTF-16 file with a header") }
}

private func readAsFiles(_ data: Data, document: CSVDocument) {
    attempt { () throws(LOBError) in try document.throwIfBroken(path: "x.csv", at: span) }
    attempt { () throws(LOBError) in _ = try JSONTable.read(data, path: "x.json", at: span) }
    attempt { () throws(LOBError) in
        report(try RosterImport(data: data, path: "x.csv", mappings: [("klas", "Groep")], at: span).bad)
    }
    attempt { () throws(LOBError) in
        report(try CatalogueImport(data: data, path: "x.csv", mappings: [], at: span).bad)
    }
    attempt { () throws(LOBError) in
        // The alumni rows' checks, as `doorstroom importeer` applies them to each row it streams from the file.
        let file = try ImportFile<AlumniFile.Field, AlumnusDestination>(
            data: data, path: "x.csv", mappings: [], at: span, key: { "\($0.studentNumber)\u{1F}\($0.cohort)" },
            duplicate: { row, first in
                Message(.transitionRowDuplicate, row.studentNumber, String(row.cohort), String(first))
            },
            check: AlumniFile.check)
        report(file.bad)
    }
    attempt { () throws(LOBError) in
        // A module's import: every row read by field, a problem under a column for each empty one, then the
        // all-or-nothing refusal.
        let file = try CSVImportFile<ModuleField>(
            data: data, path: "x.csv", spellings: \.spellings, mandatory: [.number], at: span)
        let problems = file.rows.flatMap { row in
            ModuleField.allCases.filter { row[$0].isEmpty }.map {
                file.problem(row, $0, Message(.rowMissingValue, $0.rawValue))
            }
        }
        for language in [UILanguage.dutch, .english] {
            attempt { () throws(LOBError) in try file.refuseIfProblems(problems, at: span, language: language) }
        }
    }
    for language in [UILanguage.dutch, .english] {
        attempt { () throws(LOBError) in
            report(
                try SatisfactionFile(
                    data: data, path: "x.csv", schoolYear: schoolYear, source: "fuzz", language: language, at: span
                ).bad)
        }
    }
}

/// Runs `body`; an error is formatted as lobsh would show it, which must not crash either.
private func attempt(_ body: () throws(LOBError) -> Void) {
    do throws(LOBError) {
        try body()
    } catch {
        for language in [UILanguage.dutch, .english] {
            _ = ErrorFormatter(language: language, colour: false, theme: .standard).format(error)
        }
    }
}

/// The bad rows as the all-or-nothing error and as the `--sla-fouten-over` list.
private func report(_ bad: [BadRow]) {
    attempt { () throws(LOBError) in
        _ = try bad.checked(path: "x.csv", at: span, skipping: false, language: .dutch)
        _ = try bad.checked(path: "x.csv", at: span, skipping: true, language: .english)
    }
}

/// The fields of a module's import file, as the network modules declare theirs.
private enum ModuleField: String, CaseIterable {
    case number = "leerlingnummer"
    case programme = "opleiding"
    case date = "datum"

    var spellings: [String] {
        switch self {
        case .number: ["leerlingnummer", "nummer"]
        case .programme: ["opleiding", "programme"]
        case .date: ["datum", "date"]
        }
    }
}

private func trap(_ message: String) -> Never {
    FileHandle.standardError.write(Data("CSVFuzzer: \(message)\n".utf8))
    abort()
}
