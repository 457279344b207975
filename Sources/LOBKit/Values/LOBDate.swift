import Foundation

/// A calendar date without a time zone, as schools write them (`2026-09-01` or `1-9-2026`).
public struct LOBDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A date, or nil when the day does not exist (31 April, 29 February outside leap years).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= LOBDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` and the Dutch `D-M-YYYY` (also with `/` or `.`).
    public init?(parsing text: String) {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "/" || $0 == "." }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) }),
            let first = Int(parts[0]), let second = Int(parts[1]), let third = Int(parts[2])
        else { return nil }
        if parts[0].count == 4 {
            self.init(year: first, month: second, day: third)
        } else if parts[2].count == 4 {
            self.init(year: third, month: second, day: first)
        } else {
            return nil
        }
    }

    /// Today in the local time zone.
    public static func today() -> LOBDate {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return LOBDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? LOBDate.epoch
    }

    static let epoch = LOBDate(validYear: 2000, month: 1, day: 1)

    private init(validYear: Int, month: Int, day: Int) {
        self.year = validYear
        self.month = month
        self.day = day
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// ISO 8601: `2026-09-01`.
    public var description: String {
        let y = String(year)
        let m = String(month)
        let d = String(day)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-"
            + (m.count < 2 ? "0" : "") + m + "-" + (d.count < 2 ? "0" : "") + d
    }

    public static func < (lhs: LOBDate, rhs: LOBDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The school year this date falls in (a school year runs from 1 August to 31 July).
    public var schoolYear: SchoolYear {
        SchoolYear(validStartYear: month >= 8 ? year : year - 1)
    }
}
