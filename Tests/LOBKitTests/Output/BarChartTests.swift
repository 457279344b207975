import Testing

@testable import LOBKit

struct BarChartTests {
    @Test func barsScaleToTheMaximumAndARangeIsShaded() {
        let chart = BarChart(
            title: "Bestemming",
            bars: [
                .init("hbo", value: 50, text: "50%"), .init("mbo-4", value: 20, high: 30, text: "20–30%"),
            ], maximum: 100)
        #expect(
            chart.text(width: 10) == """
                Bestemming
                  hbo   │█████ 50%
                  mbo-4 │██░ 20–30%

                """)
    }

    @Test func withoutAMaximumTheLargestBarIsFull() {
        let chart = BarChart(title: "n", bars: [.init("a", value: 4, text: "4"), .init("b", value: 0, text: "0")])
        #expect(chart.text(width: 4) == "n\n  a │████ 4\n  b │ 0\n")
    }
}
