/// A count table with its row, column and grand totals, where `nil` is a hidden (suppressed) number.
///
/// A grid is the shape suppression works on: `cells[row][column]`, one total per row and per column, and
/// the grand total. The totals are given, not recomputed: when exports are combined, a total is the sum of
/// the schools' published totals and may cover cells that are hidden.
public struct CountGrid: Sendable, Hashable {
    public var cells: [[CountRange?]]
    public var rowTotals: [CountRange?]
    public var columnTotals: [CountRange?]
    public var grandTotal: CountRange?

    public init(
        cells: [[CountRange?]], rowTotals: [CountRange?], columnTotals: [CountRange?], grandTotal: CountRange?
    ) {
        self.cells = cells
        self.rowTotals = rowTotals
        self.columnTotals = columnTotals
        self.grandTotal = grandTotal
    }

    /// A grid of known counts (`counts[row][column]`, rows of equal length) with its totals summed.
    public init(counts: [[CountRange]]) {
        let width = counts.map(\.count).max() ?? 0
        let rows = counts.map { row in (0..<width).map { $0 < row.count ? row[$0] : CountRange.zero } }
        cells = rows
        rowTotals = rows.map { CountRange.sum($0) }
        columnTotals = (0..<width).map { column in CountRange.sum(rows.map { $0[column] }) }
        grandTotal = CountRange.sum(rows.flatMap { $0 })
    }

    public var rowCount: Int { cells.count }
    public var columnCount: Int { rowTotals.isEmpty ? 0 : (cells.first?.count ?? 0) }

    /// Every number of the grid: cells, row totals, column totals, the grand total.
    public var allNumbers: [CountRange?] { cells.flatMap { $0 } + rowTotals + columnTotals + [grandTotal] }
}

/// Small-cell suppression for count tables: what `evaluatie export` and `evaluatie samenvoegen` publish.
///
/// **Primary**: every number that could be 1 to 4 is hidden: an exact 1…4, or a range that overlaps 1…4
/// (DUO's `<5` is 1–4; a total `0–7` built on it could be 3). A zero is published: it tells nothing about a
/// person. A range such as `118–130` is published.
///
/// **Secondary**: a table publishes the equations *row total = sum of its cells*, *column total = sum of its
/// cells*, and *grand total = sum of the row totals = sum of the column totals*. An equation with exactly one
/// hidden number gives that number away by subtraction, so while any equation has exactly one hidden number,
/// one more of its numbers is hidden: the smallest non-zero published part (a cell, or a row or column
/// total in the grand-total equations); when the other parts are all zero, the equation's whole (the total)
/// instead, as hiding a zero would not help (the total would equal the hidden cell); and only when that is
/// hidden already, a zero part. Every step hides one more number, so this ends; it repeats over all
/// equations until none has exactly one hidden number, because hiding a cell for its row can leave its
/// column with exactly one.
///
/// Already hidden numbers stay hidden: suppression never publishes what its input hid.
public enum CellSuppression {
    /// The smallest count that is published as it is.
    public static let smallestPublished = 5

    /// Whether `count` could be 1…4 and must be hidden.
    public static func isSmall(_ count: CountRange) -> Bool {
        count.low < smallestPublished && count.high >= 1
    }

    /// The grid with primary and secondary suppression applied.
    public static func apply(_ grid: CountGrid) -> CountGrid {
        var grid = grid
        for row in grid.cells.indices {
            for column in grid.cells[row].indices where grid.cells[row][column].map(isSmall) == true {
                grid.cells[row][column] = nil
            }
        }
        for row in grid.rowTotals.indices where grid.rowTotals[row].map(isSmall) == true {
            grid.rowTotals[row] = nil
        }
        for column in grid.columnTotals.indices where grid.columnTotals[column].map(isSmall) == true {
            grid.columnTotals[column] = nil
        }
        if grid.grandTotal.map(isSmall) == true { grid.grandTotal = nil }

        var changed = true
        while changed {
            changed = false
            for equation in equations(of: grid) where hideOneMore(equation, in: &grid) {
                changed = true
            }
        }
        return grid
    }

    /// Where a number sits in a grid.
    enum Slot: Hashable {
        case cell(Int, Int)
        case rowTotal(Int)
        case columnTotal(Int)
        case grandTotal
    }

    /// One published equation: `whole` = the sum of `parts`.
    struct Equation {
        var whole: Slot
        var parts: [Slot]
    }

    /// Every equation a grid publishes: one per row, one per column, and the grand total's two.
    static func equations(of grid: CountGrid) -> [Equation] {
        let rows = grid.cells.indices
        let columns = grid.columnTotals.indices
        var equations = rows.map { row in
            Equation(whole: .rowTotal(row), parts: columns.map { .cell(row, $0) })
        }
        equations += columns.map { column in
            Equation(whole: .columnTotal(column), parts: rows.map { .cell($0, column) })
        }
        equations.append(Equation(whole: .grandTotal, parts: rows.map { .rowTotal($0) }))
        equations.append(Equation(whole: .grandTotal, parts: columns.map { .columnTotal($0) }))
        return equations
    }

    static func value(_ slot: Slot, in grid: CountGrid) -> CountRange?? {
        switch slot {
        case .cell(let row, let column):
            guard row < grid.cells.count, column < grid.cells[row].count else { return .none }
            return .some(grid.cells[row][column])
        case .rowTotal(let row):
            return row < grid.rowTotals.count ? .some(grid.rowTotals[row]) : .none
        case .columnTotal(let column):
            return column < grid.columnTotals.count ? .some(grid.columnTotals[column]) : .none
        case .grandTotal:
            return .some(grid.grandTotal)
        }
    }

    static func hide(_ slot: Slot, in grid: inout CountGrid) {
        switch slot {
        case .cell(let row, let column):
            if row < grid.cells.count, column < grid.cells[row].count { grid.cells[row][column] = nil }
        case .rowTotal(let row):
            if row < grid.rowTotals.count { grid.rowTotals[row] = nil }
        case .columnTotal(let column):
            if column < grid.columnTotals.count { grid.columnTotals[column] = nil }
        case .grandTotal:
            grid.grandTotal = nil
        }
    }

    /// Hides one more number of `equation` when exactly one of its numbers is hidden; whether it did.
    static func hideOneMore(_ equation: Equation, in grid: inout CountGrid) -> Bool {
        let terms = [equation.whole] + equation.parts
        let values = terms.compactMap { slot in value(slot, in: grid).map { (slot, $0) } }
        guard values.count(where: { $0.1 == nil }) == 1 else { return false }
        let publishedParts = equation.parts.compactMap { slot -> (Slot, CountRange)? in
            guard case .some(.some(let count)) = value(slot, in: grid) else { return nil }
            return (slot, count)
        }
        let nonZero = publishedParts.filter { $0.1.high > 0 }
        if let smallest = nonZero.min(by: { ($0.1.low, $0.1.high) < ($1.1.low, $1.1.high) }) {
            hide(smallest.0, in: &grid)
        } else if case .some(.some) = value(equation.whole, in: grid) {
            hide(equation.whole, in: &grid)
        } else if let zero = publishedParts.first {
            hide(zero.0, in: &grid)
        } else {
            return false
        }
        return true
    }
}
