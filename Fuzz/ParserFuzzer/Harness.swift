import Foundation

@testable import LOBKit

// The lexer, parser and binder on arbitrary bytes (UTF-8, invalid sequences read as U+FFFD): every statement,
// also inside `voor` and `als` blocks and conditions, resolved against the registry of the built-in modules
// and every stage's words expanded and bound to its command's signature. Nothing runs; the store is never
// opened. Every error is formatted with its line and caret, in both languages.

nonisolated(unsafe) private let session: Session = {
    let registry: CommandRegistry
    do {
        registry = try CommandRegistry(modules: BuiltinModules.all)
    } catch {
        trap("the built-in modules do not register: \(error)")
    }
    let session = Session(registry: registry, output: CollectingSink()) { _ throws(LOBError) in
        trap("the parser harness opened the store")
    }
    session.setVariable("klas", "H5A")
    session.setVariable("weken", "4")
    return session
}()

/// libFuzzer's test: one input, 0 when it was handled (a crash or a trap is a finding).
func fuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = start.map { UnsafeBufferPointer(start: $0, count: count) } ?? UnsafeBufferPointer(start: nil, count: 0)
    let text = String(decoding: bytes, as: UTF8.self)
    let source = Source(name: "fuzz.lob", text: text)
    let parser = session.parser
    _ = parser.isComplete(text)
    attempt { () throws(LOBError) in
        var lexer = Lexer(source: source)
        _ = try lexer.tokenize()
    }
    attempt { () throws(LOBError) in
        let statements = try parser.parse(source)
        bind(statements)
        _ = RecipeParameter.declared(in: statements)
    }
    return 0
}

private func bind(_ statements: [Statement]) {
    for statement in statements {
        switch statement {
        case .pipeline(let pipeline):
            bind(pipeline)
        case .loop(let loop):
            bind(loop.source)
            bind(loop.body)
        case .conditional(let conditional):
            for branch in conditional.branches {
                for conjunction in branch.condition.alternatives {
                    for comparison in conjunction {
                        for case .pipeline(let pipeline) in [comparison.left, comparison.right] { bind(pipeline) }
                    }
                }
                bind(branch.body)
            }
            if let otherwise = conditional.otherwise { bind(otherwise) }
        }
    }
}

/// Resolves and binds each stage on its own, so that an error in one does not hide the others.
private func bind(_ pipeline: Pipeline) {
    for call in pipeline.stages {
        attempt { () throws(LOBError) in
            let (command, words) = try session.resolve(call)
            var expanded: [ExpandedWord] = []
            for word in words {
                // An unknown variable stands for its own text, so that binding still sees the word.
                do throws(LOBError) {
                    expanded.append(try session.expand(word))
                } catch {
                    expanded.append(
                        ExpandedWord(text: word.literalText ?? "x", span: word.span, isQuoted: word.isQuoted))
                }
            }
            _ = try Binder(spec: type(of: command).spec).bind(expanded, callSpan: call.span)
        }
    }
    if let redirection = pipeline.redirection {
        attempt { () throws(LOBError) in _ = try session.expand(redirection.target) }
    }
}

/// Runs `body`; an error is formatted as lobsh shows it (location, line, caret), which must not crash either.
private func attempt(_ body: () throws(LOBError) -> Void) {
    do throws(LOBError) {
        try body()
    } catch {
        _ = ErrorFormatter(language: .dutch, colour: false).format(error)
        _ = ErrorFormatter(language: .english, colour: true).format(error)
    }
}

private func trap(_ message: String) -> Never {
    FileHandle.standardError.write(Data("ParserFuzzer: \(message)\n".utf8))
    abort()
}
