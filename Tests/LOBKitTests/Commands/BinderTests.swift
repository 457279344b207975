import Testing

@testable import LOBKit

struct BinderTests {
    static let spec = CommandSpec(
        "proef", group: "test",
        summary: Localized(nl: "proef", en: "test"),
        positionals: [
            Positional("nummer", .text, help: Localized(nl: "n", en: "n")),
            Positional("rest", .text, .variadic(minimum: 0), help: Localized(nl: "r", en: "r")),
        ],
        flags: [
            Flag("leerjaar", .integer, help: Localized(nl: "l", en: "y")),
            Flag("datum", .date, help: Localized(nl: "d", en: "d")),
            Flag("schooljaar", .schoolYear, help: Localized(nl: "s", en: "s")),
            Flag("soort", .choice(["open-dag", "meeloopdag"]), repeatable: true, help: Localized(nl: "s", en: "k")),
            .switch("verplicht", help: Localized(nl: "v", en: "r")),
        ])

    private func bind(_ words: [String]) throws -> Arguments {
        let source = Source(name: nil, text: words.joined(separator: " "))
        var offset = 0
        let expanded = words.map { word in
            defer { offset += word.unicodeScalars.count + 1 }
            return ExpandedWord(
                text: word, span: SourceSpan(source: source, start: offset, end: offset + word.unicodeScalars.count),
                isQuoted: false)
        }
        return try Binder(spec: BinderTests.spec).bind(
            expanded, callSpan: SourceSpan(source: source, start: 0, end: offset))
    }

    private func usageError(_ words: [String]) -> LOBError? {
        do {
            _ = try bind(words)
            return nil
        } catch {
            return error as? LOBError
        }
    }

    @Test func flagsTakeTheNextWordOrAnEqualsValue() throws {
        let arguments = try bind(["1042", "--leerjaar", "3", "--datum=1-9-2026", "--verplicht", "a", "b"])
        #expect(arguments.text("nummer") == "1042")
        #expect(arguments.integer("leerjaar") == 3)
        #expect(arguments.date("datum") == LOBDate(year: 2026, month: 9, day: 1))
        #expect(arguments.isSet("verplicht"))
        #expect(arguments.texts("rest") == ["a", "b"])
    }

    @Test func schoolYearsAndRepeatableChoices() throws {
        let arguments = try bind(["1", "--schooljaar", "2025-2026", "--soort", "Open-Dag", "--soort", "meeloopdag"])
        #expect(arguments.schoolYear("schooljaar")?.startYear == 2025)
        #expect(arguments.texts("soort") == ["open-dag", "meeloopdag"])
    }

    @Test func aMistypedFlagGetsADidYouMean() throws {
        let error = try #require(usageError(["1", "--leerjaarr", "3"]))
        #expect(error.kind == .usage)
        #expect(error.message == Message(.unknownFlagSuggest, "--leerjaarr", "--leerjaar"))
        #expect(error.span?.start == 2)
    }

    @Test func aWrongChoiceGetsADidYouMean() throws {
        let error = try #require(usageError(["1", "--soort", "opendag"]))
        #expect(
            error.message
                == Message(.unknownChoiceSuggestList, "opendag", "--soort", "open-dag", "open-dag, meeloopdag"))
    }

    @Test(arguments: [
        (["1", "--leerjaar", "drie"], MessageKey.expectedInteger),
        (["1", "--datum", "31-4-2026"], .expectedDate),
        (["1", "--schooljaar", "2025-2027"], .expectedSchoolYear),
        (["1", "--leerjaar"], .flagNeedsValue),
        (["1", "--leerjaar", "1", "--leerjaar", "2"], .flagRepeated),
        (["1", "--verplicht=ja"], .switchTakesNoValue),
        ([], .missingArgument),
        (["1", "--zzzzzzzz"], .unknownFlag),
    ])
    func badArgumentsSayWhatIsWrong(_ words: [String], _ key: MessageKey) {
        #expect(usageError(words)?.message.key == key)
    }

    @Test func aDoubleDashEndsTheFlags() throws {
        let arguments = try bind(["--", "--leerjaar"])
        #expect(arguments.text("nummer") == "--leerjaar")
    }
}
