import Foundation

extension BarChart {
    /// The chart's layout in SVG user units; the SVG scales to the width it is given (a page, an A4 sheet).
    enum SVGLayout {
        static let width = 640.0
        static let rowHeight = 24.0
        static let barHeight = 16.0
        static let titleHeight = 26.0
        static let valueWidth = 72.0
        /// An estimate of one character's width at the labels' font size.
        static let characterWidth = 7.2
    }

    /// The chart as inline SVG for an HTML page: horizontal bars with their labels and value texts, scaled to
    /// `maximum`, the uncertain part of a range shaded, the title both visible and as `<title>` for screen
    /// readers.
    ///
    /// Meant to be inlined in HTML, so without an `xmlns` (HTML knows SVG) and without any external resource.
    public func svg() -> String {
        typealias Layout = SVGLayout
        let longest = bars.map(\.label.count).max() ?? 0
        let labelWidth = min(220, max(48, Double(longest) * Layout.characterWidth + 12))
        let barArea = Layout.width - labelWidth - Layout.valueWidth
        let height = Layout.titleHeight + Double(max(bars.count, 1)) * Layout.rowHeight + 6
        let escapedTitle = Document.escape(title)
        var svg =
            "<svg class=\"bar-chart\" role=\"img\" viewBox=\"0 0 \(Self.number(Layout.width)) \(Self.number(height))\" "
            + "width=\"\(Self.number(Layout.width))\" height=\"\(Self.number(height))\" "
            + "preserveAspectRatio=\"xMinYMin meet\" font-family=\"system-ui, sans-serif\" font-size=\"13\">\n"
        svg += "<title>\(escapedTitle)</title>\n"
        svg += "<text x=\"0\" y=\"17\" font-weight=\"bold\" fill=\"#222\">\(escapedTitle)</text>\n"
        let axisTop = Layout.titleHeight
        let axisBottom = height - 4
        svg +=
            "<line x1=\"\(Self.number(labelWidth))\" y1=\"\(Self.number(axisTop))\" x2=\"\(Self.number(labelWidth))\" "
            + "y2=\"\(Self.number(axisBottom))\" stroke=\"#888\" stroke-width=\"1\"/>\n"
        for (index, bar) in bars.enumerated() {
            let top = Layout.titleHeight + Double(index) * Layout.rowHeight + (Layout.rowHeight - Layout.barHeight) / 2
            let middle = top + Layout.barHeight / 2 + 4.5
            let solid = length(bar.value, in: barArea)
            let high = bar.high.map { max(length($0, in: barArea), solid) } ?? solid
            svg += "<g class=\"bar\">\n"
            svg +=
                "<text x=\"\(Self.number(labelWidth - 6))\" y=\"\(Self.number(middle))\" text-anchor=\"end\" "
                + "fill=\"#222\">\(Document.escape(bar.label))</text>\n"
            if solid > 0 {
                svg +=
                    "<rect x=\"\(Self.number(labelWidth))\" y=\"\(Self.number(top))\" width=\"\(Self.number(solid))\" "
                    + "height=\"\(Self.number(Layout.barHeight))\" fill=\"#2f6f9f\"/>\n"
            }
            if high > solid {
                // The part the data cannot pin down: lighter, with a dashed outline.
                svg +=
                    "<rect class=\"range\" x=\"\(Self.number(labelWidth + solid))\" y=\"\(Self.number(top))\" "
                    + "width=\"\(Self.number(high - solid))\" height=\"\(Self.number(Layout.barHeight))\" "
                    + "fill=\"#2f6f9f\" fill-opacity=\"0.3\" stroke=\"#2f6f9f\" stroke-dasharray=\"3 2\"/>\n"
            }
            svg +=
                "<text x=\"\(Self.number(labelWidth + high + 6))\" y=\"\(Self.number(middle))\" "
                + "fill=\"#222\">\(Document.escape(bar.text))</text>\n"
            svg += "</g>\n"
        }
        return svg + "</svg>\n"
    }

    /// A value's bar length in the bar area; nothing for zero, negative or non-finite values.
    private func length(_ value: Double, in area: Double) -> Double {
        guard value.isFinite, value > 0 else { return 0 }
        return min(area, value / scale * area)
    }

    /// At most one decimal, no trailing `.0`, `.` as the decimal point whatever the locale.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.1f", locale: Locale(identifier: "en_US_POSIX"), rounded)
    }
}
