import Foundation
import Testing

/// `lobsh --demo -c 'evaluatie rapport --formaat html'`, as issue 7 asks it to work: the key parts of the page.
///
/// The demo school's dates follow today, so this checks parts that hold on any day rather than the whole page
/// (which `Scripts/rapport-screenshot` shows in a real browser).
struct ReportProcessTests {
    @Test func theDemoReportIsOneSelfContainedHTMLPageWithEverySection() throws {
        let result = try LobshProcess.run(["--demo", "-c", "evaluatie rapport --formaat html"])
        #expect(result.status == 0)
        #expect(result.errors == "")
        let html = result.output
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        #expect(html.contains("<h1>Jaarevaluatie LOB "))
        #expect(html.contains(": Het Zuiderlicht College</h1>"))
        for heading in [
            "Samenvatting", "De scan van de kwaliteitsagenda", "Het programma", "Loopbaangesprekken", "Doorstroom",
            "Succes na een jaar", "Tevredenheid", "Wat leerlingen zeggen: reflecties",
            "Wat leerlingen zeggen: opmerkingen in de peiling", "Evaluaties en besluiten",
        ] {
            #expect(html.contains("<h2>\(heading)</h2>"), "\(heading)")
        }
        // Agenda, participation, conversations, doorstroom, success and satisfaction each draw one chart.
        #expect(html.components(separatedBy: "<svg class=\"bar-chart\"").count - 1 == 6)
        #expect(html.contains("Besluiten van de evaluatie over "))
        #expect(html.contains("— havo leerjaar") || html.contains("— vmbo"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
        #expect(!html.contains("http"))
    }
}
