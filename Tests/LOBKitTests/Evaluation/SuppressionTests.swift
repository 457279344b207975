import Testing

@testable import LOBKit

/// Small-cell suppression: primary for counts that could be 1–4, secondary so that no hidden count can be
/// recomputed from a row, column or grand total.
struct SuppressionTests {
    @Test(arguments: [
        (CountRange(0), false), (CountRange(1), true), (CountRange(4), true), (CountRange(5), false),
        (CountRange.censoredSmall, true), (CountRange(low: 0, high: 7), true), (CountRange(low: 5, high: 9), false),
        (CountRange(low: 118, high: 130), false), (CountRange(low: 3, high: 40), true),
    ])
    func smallMeansCouldBeOneToFour(count: CountRange, small: Bool) {
        #expect(CellSuppression.isSmall(count) == small)
    }

    @Test func aSmallCellTakesItsRowAndColumnNeighboursAlong() {
        let grid = CellSuppression.apply(
            CountGrid(counts: [[CountRange(3), CountRange(10)], [CountRange(20), CountRange(30)]]))
        #expect(grid.cells == [[nil, nil], [nil, nil]])
        #expect(grid.rowTotals == [CountRange(13), CountRange(50)])
        #expect(grid.columnTotals == [CountRange(23), CountRange(40)])
        #expect(grid.grandTotal == CountRange(63))
    }

    @Test func theSmallestNonZeroCellIsHiddenSecond() {
        let grid = CellSuppression.apply(
            CountGrid(counts: [
                [CountRange(2), CountRange(0), CountRange(9), CountRange(30)],
                [CountRange(8), CountRange(0), CountRange(12), CountRange(40)],
            ]))
        // Row 0: 2 hidden, the 0 is passed over, 9 is the smallest non-zero. Columns 0 and 2 then hide 8 and 12.
        #expect(grid.cells[0] == [nil, CountRange(0), nil, CountRange(30)])
        #expect(grid.cells[1] == [nil, CountRange(0), nil, CountRange(40)])
        #expect(grid.rowTotals == [CountRange(41), CountRange(60)])
        #expect(grid.columnTotals == [CountRange(10), CountRange(0), CountRange(21), CountRange(70)])
    }

    @Test func aRowOfOneSmallCellAndZerosHidesItsTotal() {
        let grid = CellSuppression.apply(
            CountGrid(counts: [[CountRange(3), CountRange(0)], [CountRange(10), CountRange(10)]]))
        // Row 0's total would give the 3 away (3 + 0): it is hidden, and then one more row total for the
        // grand total, while column 0 hides the 10 under the 3.
        #expect(grid.cells == [[nil, CountRange(0)], [nil, CountRange(10)]])
        #expect(grid.rowTotals == [nil, nil])
        #expect(grid.columnTotals == [CountRange(13), CountRange(10)])
        #expect(grid.grandTotal == CountRange(23))
    }

    @Test func aTableWithoutSmallCountsIsPublishedWhole() {
        let counts = [[CountRange(0), CountRange(12)], [CountRange(7), CountRange(low: 118, high: 130)]]
        #expect(CellSuppression.apply(CountGrid(counts: counts)) == CountGrid(counts: counts))
    }

    @Test func censoredCountsAreHiddenAndTheirTotalsStayRanges() {
        let grid = CellSuppression.apply(
            CountGrid(counts: [[CountRange.censoredSmall, CountRange(20)], [CountRange(30), CountRange(40)]]))
        #expect(grid.cells == [[nil, nil], [nil, nil]])
        #expect(grid.rowTotals == [CountRange(low: 21, high: 24), CountRange(70)])
        #expect(grid.grandTotal == CountRange(low: 91, high: 94))
    }

    @Test func whatWasHiddenStaysHidden() {
        let grid = CellSuppression.apply(
            CountGrid(
                cells: [[nil, CountRange(20)], [CountRange(30), CountRange(40)]],
                rowTotals: [CountRange(27), CountRange(70)],
                columnTotals: [CountRange(37), CountRange(60)], grandTotal: CountRange(97)))
        #expect(grid.cells[0][0] == nil)
        #expect(grid.cells.flatMap { $0 }.count { $0 == nil } == 4)
    }

    // MARK: - Properties over many random tables

    static func randomGrid(_ generator: inout SeededGenerator, maxSize: Int, ranges: Bool) -> CountGrid {
        let rows = generator.int(in: 1...maxSize)
        let columns = generator.int(in: 1...maxSize)
        let counts = (0..<rows).map { _ in
            (0..<columns).map { _ -> CountRange in
                switch generator.int(in: 0...9) {
                case 0, 1: return .zero
                case 2, 3: return CountRange(generator.int(in: 1...4))
                case 4 where ranges: return .censoredSmall
                default: return CountRange(generator.int(in: 5...40))
                }
            }
        }
        return CountGrid(counts: counts)
    }

    /// How many numbers of each published equation are hidden.
    static func hiddenPerEquation(_ grid: CountGrid) -> [Int] {
        CellSuppression.equations(of: grid).map { equation in
            ([equation.whole] + equation.parts).count { slot in
                if case .some(.none) = CellSuppression.value(slot, in: grid) { return true }
                return false
            }
        }
    }

    @Test func noPublishedNumberIsOneToFourAndNoEquationHidesExactlyOne() {
        var generator = SeededGenerator(seed: 2026)
        for _ in 0..<500 {
            let original = Self.randomGrid(&generator, maxSize: 6, ranges: true)
            let grid = CellSuppression.apply(original)
            // (a) nothing published could be 1–4
            #expect(!grid.allNumbers.contains { $0.map(CellSuppression.isSmall) == true })
            // (b), (c) every row, column and the grand total's equations hide 0 or at least 2 numbers
            #expect(!Self.hiddenPerEquation(grid).contains(1), "\(original)")
            // published numbers are the original ones
            for (published, value) in zip(grid.allNumbers, original.allNumbers) where published != nil {
                #expect(published == value)
            }
        }
    }

    /// (d) An attacker who subtracts: any equation with one unknown left gives it; repeated until nothing
    /// more follows. No hidden number may come out.
    @Test func noHiddenNumberCanBeRecomputedBySubtraction() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<500 {
            let original = Self.randomGrid(&generator, maxSize: 3, ranges: false)
            let published = CellSuppression.apply(original)
            var known = published
            var progress = true
            while progress {
                progress = false
                for equation in CellSuppression.equations(of: known) {
                    let terms = [equation.whole] + equation.parts
                    let unknown = terms.filter { slot in
                        if case .some(.none) = CellSuppression.value(slot, in: known) { return true }
                        return false
                    }
                    guard unknown.count == 1, let slot = unknown.first else { continue }
                    // The value follows from the others; fill in the truth to go on with the attack.
                    Self.reveal(slot, from: original, in: &known)
                    progress = true
                }
            }
            #expect(known == published, "\(original)")
        }
    }

    static func reveal(_ slot: CellSuppression.Slot, from original: CountGrid, in grid: inout CountGrid) {
        switch slot {
        case .cell(let row, let column): grid.cells[row][column] = original.cells[row][column]
        case .rowTotal(let row): grid.rowTotals[row] = original.rowTotals[row]
        case .columnTotal(let column): grid.columnTotals[column] = original.columnTotals[column]
        case .grandTotal: grid.grandTotal = original.grandTotal
        }
    }
}
