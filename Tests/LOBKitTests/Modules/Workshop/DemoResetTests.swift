import Foundation
import Testing

@testable import LOBKit

@MainActor
struct DemoResetTests {
    /// A session that opens a fresh demo school each time it opens its store, as lobsh's `--demo` does.
    static func demoSession(isDemo: Bool) throws -> (Session, CollectingSink) {
        let registry = try CommandRegistry(modules: BuiltinModules.all)
        let modules = registry.modules
        let sink = CollectingSink()
        let today = LOBDate(year: 2026, month: 11, day: 29) ?? LOBDate.today()
        let session = Session(registry: registry, output: sink, today: { today }) { (date) throws(LOBError) in
            try Store.demo(modules: modules, today: date)
        }
        session.isDemo = isDemo
        return (session, sink)
    }

    static func output(_ session: Session, _ sink: CollectingSink, _ text: String) -> String {
        let before = sink.output.count
        session.run(Source(name: "test.lob", text: text))
        return String(sink.output.dropFirst(before))
    }

    @Test func theDemoSchoolComesBackAsItStarted() throws {
        let (session, sink) = try DemoResetTests.demoSession(isDemo: true)
        #expect(DemoResetTests.output(session, sink, "leerling lijst | aantal") == "787\n")
        #expect(
            DemoResetTests.output(session, sink, "leerling verwijder 1042\nleerling lijst | aantal")
                == "leerling 1042 (Noah van Dam) is verwijderd\n786\n")
        session.run(Source(name: "test.lob", text: "zet vandaag 2026-12-01\nzet thema presentatie"))
        #expect(
            DemoResetTests.output(session, sink, "demo herstel")
                == "De demoschool is hersteld: alle gegevens zijn weer zoals bij de start. Variabelen en instellingen (zoals $vandaag en het thema) blijven staan.\n\n"
        )
        #expect(
            DemoResetTests.output(session, sink, "leerling lijst | aantal\nleerling toon 1042 | aantal")
                == "787\n\n1\n\n")
        #expect(sink.diagnostics == "")
        #expect(session.variable("vandaag") == "2026-12-01")
        #expect(session.theme == .presentation)
    }

    @Test func aRealDatabaseIsNeverReset() throws {
        let (session, sink) = try DemoResetTests.demoSession(isDemo: false)
        session.run(Source(name: "test.lob", text: "leerling verwijder 1042"))
        let error = session.run(Source(name: "test.lob", text: "demo reset"))
        #expect(error?.message == Message(.demoResetOnlyInDemo))
        #expect(error?.kind == .failed)
        #expect(
            sink.diagnostics.hasSuffix(
                "test.lob:1:1: fout: demo herstel werkt alleen op de demoschool (lobsh --demo); een echte database wordt nooit teruggezet\n  demo reset\n  ^^^^^^^^^^\n"
            ))
        #expect(DemoResetTests.output(session, sink, "leerling lijst | aantal") == "786\n")
    }

    @Test func itStandsOnItsOwn() throws {
        let (session, _) = try DemoResetTests.demoSession(isDemo: true)
        let error = session.run(Source(name: "test.lob", text: "leerling lijst | demo herstel"))
        #expect(error?.message == Message(.demoResetInsideStatement))
    }
}
