import Testing

@testable import LOBKit

struct MessageCatalogTests {
    @Test(arguments: MessageKey.allCases)
    func everyKeyHasBothLanguagesWithTheSamePlaceholders(_ key: MessageKey) throws {
        let dutch = try #require(MessageCatalog.dutch[key], "no Dutch text for \(key)")
        let english = try #require(MessageCatalog.english[key], "no English text for \(key)")
        #expect(!dutch.isEmpty && !english.isEmpty)
        #expect(placeholders(dutch) == placeholders(english), "placeholders differ for \(key)")
    }

    @Test func catalogsHoldNoKeysBeyondTheEnum() {
        #expect(MessageCatalog.dutch.count == MessageKey.allCases.count)
        #expect(MessageCatalog.english.count == MessageKey.allCases.count)
    }

    @Test func placeholdersAreFilledIn() {
        #expect(Message(.unknownFlagSuggest, "--x", "--y").text(.dutch) == "onbekende vlag '--x' (bedoelde je '--y'?)")
        #expect(Message(.unknownFlagSuggest, "--x", "--y").text(.english) == "unknown flag '--x' (did you mean '--y'?)")
    }

    @Test func theLanguageComesFromTheEnvironment() {
        #expect(UILanguage.fromEnvironment(["LANG": "en_GB.UTF-8"]) == .english)
        #expect(UILanguage.fromEnvironment(["LANG": "nl_NL.UTF-8"]) == .dutch)
        #expect(UILanguage.fromEnvironment(["LC_ALL": "C", "LANG": "en_US.UTF-8"]) == .english)
        #expect(UILanguage.fromEnvironment([:]) == .dutch)
    }

    private func placeholders(_ text: String) -> Set<String> {
        var found = Set<String>()
        for number in 1...9 where text.contains("{\(number)}") { found.insert("{\(number)}") }
        return found
    }
}
