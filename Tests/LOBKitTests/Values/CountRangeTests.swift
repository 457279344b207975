import Testing

@testable import LOBKit

struct CountRangeTests {
    @Test func aCensoredCountIsOneToFourAndMakesItsTotalARange() {
        let total = CountRange.sum([CountRange(100), .censoredSmall, CountRange(17), .censoredSmall])
        #expect(total.low == 119)
        #expect(total.high == 125)
        #expect(total.description == "119–125")
        #expect(!total.isExact)
    }

    @Test func anExactCountIsAnIntegerCellAndARangeIsText() {
        #expect(CountRange(42).value == .integer(42))
        #expect(CountRange.censoredSmall.value == .text("1–4"))
    }

    @Test func sharesSpanWhatTheCensoredPartsAllow() {
        let shares = CountRange.shares([CountRange(6), .censoredSmall])
        // 6 of 7 at most, 6 of 10 at least.
        #expect(shares[0] == (6.0 / 10.0)...(6.0 / 7.0))
        #expect(shares[1] == (1.0 / 7.0)...(4.0 / 10.0))
        #expect(CountRange.percent(shares[0]) == "60–86%")
        #expect(CountRange.percent(CountRange.shares([CountRange(1), CountRange(3)])[0]) == "25%")
    }

    @Test func sharesOfNothingAreZero() {
        #expect(CountRange.shares([.zero, .zero]) == [0...0, 0...0])
    }
}
