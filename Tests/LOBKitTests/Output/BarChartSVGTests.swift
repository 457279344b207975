import Testing

@testable import LOBKit

struct BarChartSVGTests {
    @Test func drawsEachBarWithItsLabelAndTextScaledToTheMaximum() {
        let chart = BarChart(
            title: "Deelname",
            bars: [BarChart.Bar("lj 1", value: 50, text: "50%"), .init("lj 2", value: 100, text: "100%")],
            maximum: 100)
        let svg = chart.svg()
        #expect(svg.hasPrefix("<svg class=\"bar-chart\" role=\"img\" viewBox=\"0 0 640 80\""))
        #expect(svg.hasSuffix("</svg>\n"))
        #expect(svg.contains("<title>Deelname</title>"))
        // Labels get 48 units at least; the bar area is 640 − 48 − 72 = 520, so 50 of 100 is 260 wide.
        #expect(svg.contains("<rect x=\"48\" y=\"30\" width=\"260\" height=\"16\" fill=\"#2f6f9f\"/>"))
        #expect(svg.contains("<rect x=\"48\" y=\"54\" width=\"520\" height=\"16\" fill=\"#2f6f9f\"/>"))
        #expect(svg.contains(">lj 1</text>"))
        #expect(svg.contains("<text x=\"314\" y=\"42.5\" fill=\"#222\">50%</text>"))
        #expect(!svg.contains("class=\"range\""))
        #expect(!svg.contains("http"))
        // Every element that opens is closed.
        #expect(svg.components(separatedBy: "<g ").count == svg.components(separatedBy: "</g>").count)
        #expect(svg.components(separatedBy: "<text").count == svg.components(separatedBy: "</text>").count)
    }

    @Test func aRangeIsSolidToItsLowValueAndShadedToItsHighValue() {
        let chart = BarChart(
            title: "Totaal", bars: [BarChart.Bar("hbo", value: 100, high: 130, text: "100–130")], maximum: 200)
        let svg = chart.svg()
        #expect(svg.contains("<rect x=\"48\" y=\"30\" width=\"260\" height=\"16\" fill=\"#2f6f9f\"/>"))
        #expect(
            svg.contains(
                "<rect class=\"range\" x=\"308\" y=\"30\" width=\"78\" height=\"16\" fill=\"#2f6f9f\" "
                    + "fill-opacity=\"0.3\" stroke=\"#2f6f9f\" stroke-dasharray=\"3 2\"/>"))
        #expect(svg.contains("<text x=\"392\" y=\"42.5\" fill=\"#222\">100–130</text>"))
    }

    @Test func labelsTitlesAndTextsAreEscaped() {
        let chart = BarChart(
            title: "A & B <script>", bars: [BarChart.Bar("\"x\" < y", value: 0, text: "<5")], maximum: nil)
        let svg = chart.svg()
        #expect(svg.contains("<title>A &amp; B &lt;script&gt;</title>"))
        #expect(svg.contains(">&quot;x&quot; &lt; y</text>"))
        #expect(svg.contains(">&lt;5</text>"))
        #expect(!svg.contains("<script>"))
        // A zero bar draws no rectangle, only its label and text.
        #expect(!svg.contains("<rect"))
    }

    @Test func aDocumentDrawsChartsAsSVGInHTMLAndAsTextInMarkdown() {
        let chart = BarChart(title: "T", bars: [BarChart.Bar("a", value: 1, text: "1")], maximum: 2)
        let document = Document(title: "D", blocks: [.chart(chart)])
        let html = document.html(language: .dutch)
        #expect(html.contains("<figure class=\"chart\">\n<svg class=\"bar-chart\""))
        #expect(html.contains("break-inside: avoid"))
        #expect(!html.contains("<pre"))
        #expect(!html.contains("http"))
        #expect(document.markdown(language: .dutch) == "# D\n\n```text\nT\n  a │████████████████████ 1\n```\n")
    }
}
