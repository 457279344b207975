import Testing

@testable import LOBKit

struct StaffNameTests {
    @Test(arguments: [
        ("J. de Vries", "j. DE vries", true), ("A. Özdemir", "a. ozdemir", true),
        ("J. de Vries", " J.  de Vries ", true),
        ("J. de Vries", "Jan de Vries", false), ("J. de Vries", "J. de Vries-Bos", false),
    ])
    func namesMatchExactlyButForCaseDiacriticsAndBlanks(_ roster: String, _ typed: String, _ matches: Bool) {
        #expect((StaffName.key(roster) == StaffName.key(typed)) == matches)
    }
}
