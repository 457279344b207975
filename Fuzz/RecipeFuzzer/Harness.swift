import Foundation
import Synchronization

@testable import LOBKit

// The recipe runner on arbitrary bytes: the bytes run as a script on the demo school (fixed at 2026-11-29)
// in a dry run, so every statement's transaction rolls back and each input starts from the same school.
//
// Nothing may reach the file system: a script with a redirection (`> file`), or a command that takes a file
// (`bron`, the imports, `lees`, `dossier exporteer --map`), is not run, and neither is `sql` (SQLite's own
// ground, where a PRAGMA would outlive the rollback). Reading files is the CSV and DUO harnesses' part.
//
// A watchdog asks the session to stop after one second, as Ctrl-C does: a script that would run for hours
// (nested loops over every student) ends there, and one that does not stop is a hang libFuzzer reports
// (`Fuzz/run` passes `-timeout`).

private let today = LOBDate(year: 2026, month: 11, day: 29) ?? LOBDate.today()
private let registry: CommandRegistry = {
    do {
        return try CommandRegistry(modules: BuiltinModules.all)
    } catch {
        trap("the built-in modules do not register: \(error)")
    }
}()
private let store: Store = {
    do {
        return try Store.demo(modules: registry.modules, today: today)
    } catch {
        trap("the demo school cannot be made: \(error)")
    }
}()
private let sandbox: String = {
    let path = NSTemporaryDirectory() + "lobsh-fuzz-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()
/// The input being run; the watchdog stops it only when it is still this one.
private let generation = Atomic<Int>(0)

/// libFuzzer's test: one input, 0 when it was handled (a crash or a trap is a finding).
func fuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = start.map { UnsafeBufferPointer(start: $0, count: count) } ?? UnsafeBufferPointer(start: nil, count: 0)
    let source = Source(name: "fuzz.lob", text: String(decoding: bytes, as: UTF8.self))
    let session = Session(
        registry: registry, output: CollectingSink(), today: { today }, openStore: { _ throws(LOBError) in store })
    session.isDemo = true
    session.dryRun = true
    session.keepGoing = true
    session.workingDirectory = sandbox
    guard let statements = try? session.parser.parse(source), isConfined(statements, in: session) else { return 0 }

    let current = generation.add(1, ordering: .sequentiallyConsistent).newValue
    let interruption = session.interruption
    DispatchQueue.global().asyncAfter(deadline: .now() + 1) {
        if generation.load(ordering: .sequentiallyConsistent) == current { interruption.request() }
    }
    session.run(source)
    generation.add(1, ordering: .sequentiallyConsistent)
    return 0
}

/// Whether no statement writes or reads a file or runs SQL, also inside blocks and conditions.
private func isConfined(_ statements: [Statement], in session: Session) -> Bool {
    statements.allSatisfy { statement in
        switch statement {
        case .pipeline(let pipeline):
            return isConfined(pipeline, in: session)
        case .loop(let loop):
            return isConfined(loop.source, in: session) && isConfined(loop.body, in: session)
        case .conditional(let conditional):
            let conditions = conditional.branches.allSatisfy { branch in
                branch.condition.alternatives.joined().allSatisfy { comparison in
                    [comparison.left, comparison.right].allSatisfy { operand in
                        guard case .pipeline(let pipeline) = operand else { return true }
                        return isConfined(pipeline, in: session)
                    }
                } && isConfined(branch.body, in: session)
            }
            return conditions && isConfined(conditional.otherwise ?? [], in: session)
        }
    }
}

private func isConfined(_ pipeline: Pipeline, in session: Session) -> Bool {
    guard pipeline.redirection == nil else { return false }
    return pipeline.stages.allSatisfy { call in
        // A call that does not resolve fails before anything runs.
        guard let (command, _) = try? session.resolve(call) else { return true }
        let spec = type(of: command).spec
        return spec.name != "sql" && !spec.positionals.contains { $0.type == .file }
            && !spec.flags.contains { $0.type == .file }
    }
}

private func trap(_ message: String) -> Never {
    FileHandle.standardError.write(Data("RecipeFuzzer: \(message)\n".utf8))
    abort()
}
