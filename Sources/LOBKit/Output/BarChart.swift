/// A bar chart for the terminal (`--grafiek`) and the yearly report (SVG in HTML).
///
/// A bar may be a range (a total built on DUO's censored `<5` counts): it is drawn solid to its low value
/// and shaded to its high value, so a chart never pretends to know more than the data does.
public struct BarChart: Sendable, Hashable {
    public struct Bar: Sendable, Hashable {
        public var label: String
        /// The bar's (low) value.
        public var value: Double
        /// The high end when the value is a range; nil when exact.
        public var high: Double?
        /// What is written beside the bar: `42%`, `118–130`, `3.8`.
        public var text: String

        public init(_ label: String, value: Double, high: Double? = nil, text: String) {
            self.label = label
            self.value = value
            self.high = high
            self.text = text
        }
    }

    public var title: String
    public var bars: [Bar]
    /// The value of a full bar: 100 for percentages, 5 for a 1–5 scale; nil scales to the largest bar.
    public var maximum: Double?

    public init(title: String, bars: [Bar], maximum: Double? = nil) {
        self.title = title
        self.bars = bars
        self.maximum = maximum
    }

    /// The value a full-width bar stands for.
    public var scale: Double {
        if let maximum, maximum > 0 { return maximum }
        let largest = bars.map { max($0.value, $0.high ?? $0.value) }.max() ?? 0
        return largest > 0 ? largest : 1
    }

    /// Bars of `█` (and `░` for the uncertain part of a range), `width` characters for a full bar.
    public func text(width: Int = 40) -> String {
        let labelWidth = bars.map(\.label.count).max() ?? 0
        var lines = [title]
        for bar in bars {
            let solid = cells(bar.value, width: width)
            let shaded = bar.high.map { cells($0, width: width) - solid } ?? 0
            let padding = String(repeating: " ", count: labelWidth - bar.label.count)
            let bars = String(repeating: "█", count: solid) + String(repeating: "░", count: max(0, shaded))
            lines.append("  " + bar.label + padding + " │" + bars + " " + bar.text)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func cells(_ value: Double, width: Int) -> Int {
        guard value.isFinite, value > 0 else { return 0 }
        return min(width, max(1, Int((value / scale * Double(width)).rounded())))
    }
}
