import Testing

@testable import LOBKit

@MainActor
struct ThemeTests {
    let table = Table(columns: ["klas", "n"], rows: [[.text("H4A"), .integer(23)], [.text("V6A"), .integer(7)]])

    @Test func theStandardThemeKeepsTwoBlanksBetweenColumns() {
        #expect(
            Renderer(language: .dutch, colour: false).render(table, as: .table) == """
                klas   n
                ----  --
                H4A   23
                V6A    7
                (2 rijen)

                """)
    }

    @Test func thePresentationThemeWidensTheColumns() {
        #expect(
            Renderer(language: .dutch, colour: false, theme: .presentation).render(table, as: .table) == """
                klas     n
                ----    --
                H4A     23
                V6A      7
                (2 rijen)

                """)
    }

    @Test func thePresentationThemeShowsErrorsInBoldOnly() throws {
        let error = LOBError(
            .usage, Message(.unknownCommand, "x"),
            at: SourceSpan(source: Source(name: nil, text: "x"), start: 0, end: 1))
        let standard = ErrorFormatter(language: .dutch, colour: true).format(error)
        let presentation = ErrorFormatter(language: .dutch, colour: true, theme: .presentation).format(error)
        #expect(standard.contains("\u{1B}[1;31m") && standard.contains("\u{1B}[1;32m"))
        #expect(
            presentation
                == "\u{1B}[1mfout:\u{1B}[0m onbekend commando 'x' (typ 'help' voor een overzicht)\n  x\n  \u{1B}[1m^\u{1B}[0m\n"
        )
    }

    @Test func zetThemaSwitchesTheSessionAndAddsAnEmptyLineAfterEachOutput() throws {
        let test = try TestSession(demo: true)
        let script = "leerling lijst --klas H4A | kolommen roepnaam klas | eerste 2\necho klaar"
        #expect(
            try test.output(script) == """
                roepnaam  klas
                --------  ----
                Boaz      H4A
                Cato      H4A
                (2 rijen)
                klaar

                """)
        try test.output("set theme presentation")
        #expect(test.session.theme == .presentation)
        #expect(test.session.variable("thema") == "presentatie")
        #expect(
            try test.output(script) == """
                roepnaam    klas
                --------    ----
                Boaz        H4A
                Cato        H4A
                (2 rijen)

                klaar


                """)
        try test.output("zet thema standaard")
        #expect(test.session.theme == .standard)
        #expect(
            test.run("zet thema beamer").error?.message
                == Message(.unknownChoice, "beamer", "thema", "standaard, presentatie"))
    }
}
