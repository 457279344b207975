import Foundation

@testable import LOBKit

// The DUO reader ('Bestemming vo-gediplomeerden', `doorstroom importeer --bron duo`) on arbitrary bytes:
// the file read for the demo school's BRIN and for two, the totals checked, errors and bad rows formatted.

private let source = Source(name: "fuzz.lob", text: "doorstroom importeer duo.csv --bron duo")
private let span = SourceSpan(source: source, start: 21, end: 28)

/// libFuzzer's test: one input, 0 when it was handled (a crash or a trap is a finding).
func fuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    for brins in [["99ZZ"], ["99ZZ", "98YY"], []] {
        do throws(LOBError) {
            let file = try DUODestinationFile(data: data, path: "duo.csv", brins: brins, at: span)
            check(file)
            _ = try? file.bad.checked(path: "duo.csv", at: span, skipping: true, language: .dutch)
            _ = try file.bad.checked(path: "duo.csv", at: span, skipping: false, language: .english)
        } catch {
            _ = ErrorFormatter(language: .dutch, colour: false).format(error)
        }
    }
    return 0
}

/// Traps (a crash libFuzzer reports) when the reader's counts break what it promises.
private func check(_ file: DUODestinationFile) {
    if file.ownRows < file.attributedHidden { trap("more hidden rows attributed than own rows") }
    if file.ownRows > 0, file.counts.isEmpty { trap("own rows without counts") }
    if file.counts.count > file.ownRows { trap("more totals than own rows") }
    for count in file.counts where count.count.low < 0 || count.count.low > count.count.high {
        trap("a negative count \(count)")
    }
    let keys = file.counts.map { "\($0.cohort)|\($0.schoolType)|\($0.destination)" }
    if Set(keys).count != keys.count { trap("a cohort, school type and destination counted twice") }
}

private func trap(_ message: String) -> Never {
    FileHandle.standardError.write(Data("DUOFuzzer: \(message)\n".utf8))
    abort()
}
