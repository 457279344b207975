extension AggregateExport {
    /// Several schools' exports combined into one regional picture, never un-suppressing.
    ///
    /// Tables combine by id. A count cell is the sum of the schools' cells, hidden when any school hid it; a
    /// total is the sum of the schools' totals, hidden when any school hid it (a hidden value is never inferred
    /// from totals). Suppression then runs again on the combined table. A mean is the respondent-weighted
    /// mean over the schools that published it, withheld below the minimum. The scan counts the schools per
    /// status of each norm. The exports must be for the same school year and audience; `files` names them
    /// in errors (data errors, exit 3).
    public static func combined(
        _ exports: [(file: String, export: AggregateExport)], minimumRespondents: Int, made: LOBDate
    ) throws(LOBError) -> AggregateExport {
        guard let first = exports.first else {
            throw LOBError(.usage, Message(.missingArgument, "bestand"))
        }
        var scan: [String: [String: Int]] = [:]
        var tables: [[PublishedTable]] = []
        var order: [String] = []
        var index: [String: Int] = [:]
        for (file, export) in exports {
            guard export.schoolYear == first.export.schoolYear else {
                throw LOBError(
                    .data,
                    Message(
                        .evaluationMergeMismatch, file, "schooljaar", export.schoolYear.description,
                        first.export.schoolYear.description, first.file))
            }
            guard export.audience == first.export.audience else {
                throw LOBError(
                    .data,
                    Message(
                        .evaluationMergeMismatch, file, "voor", export.audience.rawValue,
                        first.export.audience.rawValue, first.file))
            }
            for (norm, counts) in export.scan {
                scan[norm, default: [:]].merge(counts, uniquingKeysWith: +)
            }
            for table in export.tables {
                if let position = index[table.id] {
                    if let other = tables[position].first, other.measure != table.measure {
                        throw LOBError(
                            .data,
                            Message(
                                .evaluationMergeMismatch, file, table.id, table.measure.rawValue,
                                other.measure.rawValue, first.file))
                    }
                    tables[position].append(table)
                } else {
                    index[table.id] = tables.count
                    order.append(table.id)
                    tables.append([table])
                }
            }
        }
        let minimum = max(minimumRespondents, exports.map(\.export.minimumRespondents).max() ?? 0)
        return AggregateExport(
            audience: first.export.audience, schools: exports.flatMap(\.export.schools), isCombined: true,
            schoolYear: first.export.schoolYear, made: made, minimumRespondents: minimum, scan: scan,
            tables: tables.compactMap { PublishedTable(combining: $0, minimumRespondents: minimum) })
    }
}

extension PublishedTable {
    /// The same table of several schools combined (see `AggregateExport.combined`); nil for none.
    init?(combining parts: [PublishedTable], minimumRespondents: Int) {
        guard let first = parts.first else { return nil }
        let rows = Self.labels(parts.flatMap(\.rows))
        let columns = Self.labels(parts.flatMap(\.columns))
        self.init(
            id: first.id, title: first.title, measure: first.measure, rowDimension: first.rowDimension,
            columnDimension: first.columnDimension, rows: rows, columns: columns,
            counts: CountGrid(cells: [], rowTotals: [], columnTotals: [], grandTotal: nil), means: [])
        // Absent rows and columns of a school are zeros: each export lists every cell of its own table.
        func sum(_ values: [CountRange?]) -> CountRange? {
            values.reduce(CountRange?.some(.zero)) { total, value in
                guard let total, let value else { return nil }
                return total + value
            }
        }
        func cell(_ part: PublishedTable, _ row: String, _ column: String) -> CountRange? {
            guard let r = part.rows.firstIndex(of: row), let c = part.columns.firstIndex(of: column) else {
                return .zero
            }
            return r < part.counts.cells.count && c < part.counts.cells[r].count ? part.counts.cells[r][c] : nil
        }
        func mean(_ part: PublishedTable, _ row: String, _ column: String) -> Double? {
            guard let r = part.rows.firstIndex(of: row), let c = part.columns.firstIndex(of: column),
                r < part.means.count, c < part.means[r].count
            else { return nil }
            return part.means[r][c]
        }
        switch first.measure {
        case .count:
            func rowTotal(_ part: PublishedTable, _ row: String) -> CountRange? {
                guard let r = part.rows.firstIndex(of: row) else { return .zero }
                return r < part.counts.rowTotals.count ? part.counts.rowTotals[r] : nil
            }
            func columnTotal(_ part: PublishedTable, _ column: String) -> CountRange? {
                guard let c = part.columns.firstIndex(of: column) else { return .zero }
                return c < part.counts.columnTotals.count ? part.counts.columnTotals[c] : nil
            }
            let grid = CountGrid(
                cells: rows.map { row in columns.map { column in sum(parts.map { cell($0, row, column) }) } },
                rowTotals: rows.map { row in sum(parts.map { rowTotal($0, row) }) },
                columnTotals: columns.map { column in sum(parts.map { columnTotal($0, column) }) },
                grandTotal: sum(parts.map(\.counts.grandTotal)))
            counts = CellSuppression.apply(grid)
        case .mean:
            let minimum = AggregateExport.effectiveMinimum(minimumRespondents)
            var cells: [[CountRange?]] = []
            var means: [[Double?]] = []
            for row in rows {
                var countRow: [CountRange?] = []
                var meanRow: [Double?] = []
                for column in columns {
                    var respondents = 0
                    var weighted = 0.0
                    for part in parts {
                        guard let count = cell(part, row, column), let value = mean(part, row, column) else {
                            continue
                        }
                        respondents += count.low
                        weighted += value * Double(count.low)
                    }
                    let published = respondents >= minimum
                    countRow.append(published ? CountRange(respondents) : nil)
                    meanRow.append(published ? Self.rounded(weighted / Double(respondents)) : nil)
                }
                cells.append(countRow)
                means.append(meanRow)
            }
            counts = CountGrid(cells: cells, rowTotals: [], columnTotals: [], grandTotal: nil)
            self.means = means
        }
    }
}
