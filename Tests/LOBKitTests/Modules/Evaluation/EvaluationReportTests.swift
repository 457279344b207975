import Synchronization
import Testing

@testable import LOBKit

/// A module whose indicator (on two norms) counts how often it is measured.
private struct CountingModule: CommandModule {
    final class Counter: Sendable {
        let measured = Mutex(0)
    }

    struct CountingIndicator: Indicator {
        let counter: Counter
        let id = "teltest.metingen"
        let norms = ["A1", "K1"]
        let name = Localized(nl: "Metingen", en: "Measurements")

        func measure(in store: StoreTransaction, schoolYear: SchoolYear) throws(LOBError) -> IndicatorValue {
            let count = counter.measured.withLock { value in
                value += 1
                return value
            }
            return .value(Localized(nl: "meting \(count)", en: "measurement \(count)"), inOrder: nil)
        }
    }

    let counter: Counter
    let name = "teltest"
    let version = "1.0.0"
    let apiVersion = LOBKitInfo.apiVersion
    let summary = Localized(nl: "Test", en: "Test")
    var commands: [any Command] { [] }
    var indicators: [any Indicator] { [CountingIndicator(counter: counter)] }
}

/// A module with two report sections, to see where the report puts what a plug-in adds.
private struct ReportTestModule: CommandModule {
    struct Section: ReportSection {
        var id: String
        var order: Int
        var title: Localized
        var content: [Document.Block]

        func blocks(for request: ReportRequest, in store: StoreTransaction) throws(LOBError) -> [Document.Block] {
            content
        }
    }

    let name = "rapporttest"
    let version = "1.0.0"
    let apiVersion = LOBKitInfo.apiVersion
    let summary = Localized(nl: "Test", en: "Test")
    var commands: [any Command] { [] }
    var reportSections: [any ReportSection] {
        [
            Section(
                id: "rapporttest.netwerk", order: 100, title: Localized(nl: "Het netwerk", en: "The network"),
                content: []),
            Section(
                id: "rapporttest.tussen", order: 15, title: Localized(nl: "Tussendoor", en: "In between"),
                content: [.paragraph("Een alinea van de plug-in & <meer>.")]),
        ]
    }
}

@MainActor
struct EvaluationReportTests {
    /// The report on an empty store whose registry has `extra` modules next to the built-in ones.
    private func report(withModules extra: [any CommandModule]) throws -> String {
        let registry = try CommandRegistry(modules: BuiltinModules.all + extra)
        let store = try Store.inMemory(modules: registry.modules)
        let sink = CollectingSink()
        let today = try #require(LOBDate(year: 2026, month: 11, day: 29))
        let session = Session(
            registry: registry, output: sink, language: .dutch, today: { today }, openStore: { _ in store })
        let error = session.run(Source(name: "test.lob", text: "evaluatie rapport"))
        #expect(error == nil, "\(sink.diagnostics)")
        return sink.output
    }

    /// The `## ` headings of a Markdown report, in order.
    private func headings(_ markdown: String) -> [String] {
        markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
    }

    @Test func sectionsComeInOrderEachUnderItsHeadingAfterTheSummary() throws {
        let report = try report(withModules: [ReportTestModule()])
        #expect(
            headings(report) == [
                "Samenvatting", "De scan van de kwaliteitsagenda", "Tussendoor", "Het programma", "Loopbaangesprekken",
                "Doorstroom", "Succes na een jaar", "Tevredenheid", "Wat leerlingen zeggen: reflecties",
                "Wat leerlingen zeggen: opmerkingen in de peiling", "Evaluaties en besluiten", "Het netwerk",
            ])
        #expect(report.hasPrefix("# Jaarevaluatie LOB 2026-2027\n\nDit is de jaarlijkse evaluatie van het LOB-beleid"))
        #expect(report.contains("## Tussendoor\n\nEen alinea van de plug-in & <meer>.\n"))
        // A section that gives nothing still says so.
        #expect(report.hasSuffix("## Het netwerk\n\nGeen gegevens.\n"))
        #expect(
            report.contains(
                "- Onderdelen: De scan van de kwaliteitsagenda, Tussendoor, Het programma, Loopbaangesprekken, "
                    + "Doorstroom, Succes na een jaar, Tevredenheid, Wat leerlingen zeggen: reflecties, "
                    + "Wat leerlingen zeggen: opmerkingen in de peiling, Evaluaties en besluiten, Het netwerk\n"))
    }

    @Test func theScanIsMeasuredOnceForTheSummaryAndTheAgendaSection() throws {
        let counter = CountingModule.Counter()
        let report = try report(withModules: [CountingModule(counter: counter)])
        #expect(counter.measured.withLock { $0 } == 1)
        // The summary's K1 line and the section's table show the same measurement.
        #expect(report.contains("K1: Jaarlijkse evaluatie met de MR"))
        #expect(report.contains("Metingen: meting 1"))
        #expect(!report.contains("meting 2"))
    }

    @Test func theTitleNamesTheSchoolAndTheSummaryTheAgendaAndK1() throws {
        let test = try TestSession(demo: true)
        let report = try test.output("evaluatie rapport --schooljaar 2025-2026")
        #expect(report.hasPrefix("# Jaarevaluatie LOB 2025-2026: Het Zuiderlicht College\n"))
        #expect(report.contains("norm K1") || report.contains("Norm K1"))
        #expect(report.contains("- Kwaliteitsagenda: 0 van 8 gerealiseerd (0%)\n"))
        #expect(
            report.contains(
                "- K1: Jaarlijkse evaluatie met de MR, met tevredenheid en doorstroom: op 2026-06-16 met mr, "
                    + "leerlingenraad; gegevens: doorstroom, deelname, gesprekken, scan; ontbreekt: tevredenheid ✗\n"))
    }

    @Test func htmlIsOnePageWithSVGChartsAndNothingFromElsewhere() throws {
        let test = try TestSession(demo: true)
        let html = try test.output("evaluatie rapport --formaat html")
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        #expect(html.contains("<h1>Jaarevaluatie LOB 2026-2027: Het Zuiderlicht College</h1>"))
        #expect(html.contains("<h2>Het programma</h2>"))
        #expect(html.contains("<figure class=\"chart\">\n<svg class=\"bar-chart\""))
        #expect(html.contains("<title>Leerlingen met minstens één deelname, 2026-2027</title>"))
        #expect(html.contains("@page { size: A4; margin: 15mm; }"))
        #expect(!html.contains("<pre"))
        #expect(!html.contains("http"))
        #expect(!html.contains("src="))
        #expect(!html.contains("@import"))
    }

    @Test func markdownKeepsTextChartsInFencedBlocksAndTekstIsForTheScreen() throws {
        let test = try TestSession(demo: true)
        let markdown = try test.output("evaluatie rapport --formaat md")
        #expect(markdown.contains("```text\nNormen per status, 2026-2027\n  gerealiseerd    │"))
        let text = try test.output("evaluatie rapport --formaat tekst")
        #expect(text.hasPrefix("Jaarevaluatie LOB 2026-2027: Het Zuiderlicht College\n====="))
        #expect(text.contains("\nHet programma\n-------------\n"))
        #expect(!text.contains("```"))
    }

    @Test func theMinimumIsAtLeastOne() throws {
        let test = try TestSession(demo: false)
        let result = test.run("evaluatie rapport --minimum 0")
        #expect(result.error?.kind == .usage)
        #expect(result.error?.message == Message(.evaluationMinimumTooSmall, "0"))
    }
}
