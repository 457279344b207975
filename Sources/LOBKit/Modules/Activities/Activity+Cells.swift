/// How an activity reads in tables and records: stable column names, the same in both languages.
extension Activity {
    /// The columns of `activiteit lijst`; scripts' filters use these names.
    static let columns = [
        "code", "naam", "soort", "schooltypen", "leerjaren", "competenties", "keuzemoment", "buiten-school", "partner",
        "van", "tot", "verplicht",
    ]

    /// The cells under ``columns``: lists in their usual order joined with ", ", no school types read as `alle`.
    var cells: [Value] {
        [
            .text(code), .text(name), .text(kind.rawValue),
            .text(
                schoolTypes.isEmpty
                    ? "alle" : SchoolType.allCases.filter(schoolTypes.contains).map(\.rawValue).joined(separator: ", ")),
            .optionalText(years.sorted().map(String.init).joined(separator: ", ")),
            .optionalText(Competency.allCases.filter(competencies.contains).map(\.rawValue).joined(separator: ", ")),
            .optionalText(choiceMoment?.rawValue ?? ""), .yesNo(outsideSchool), .optionalText(partner),
            from.map(Value.date) ?? .nothing, until.map(Value.date) ?? .nothing, .yesNo(required),
        ]
    }

    /// The activity as one record: the list's columns with the description after the kind.
    var record: Record {
        var fields = zip(Activity.columns, cells).map { Record.Field($0, $1) }
        fields.insert(Record.Field("omschrijving", .optionalText(description)), at: min(3, fields.count))
        return Record(fields)
    }
}
