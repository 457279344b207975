import Foundation
import Testing

@testable import LOBKit

/// A large result goes to the terminal or a file in pieces, with the same text as rendered whole.
struct RendererStreamingTests {
    /// 5,000 rows with a multi-line cell, a quote, a separator and a pipe: well over one 64 KB piece.
    static let table = Table(
        columns: ["nummer", "naam", "notitie", "datum"], rows: (0..<5000).map(row))

    static func row(_ index: Int) -> [Value] {
        let name = "Leerling \(index) \"de\" Vries, jr."
        let note: Value = index % 7 == 0 ? .text("regel één\nregel | twee") : .nothing
        let date: Value = LOBDate(year: 2026, month: 11, day: 1 + index % 28).map(Value.date) ?? .nothing
        return [.integer(index), .text(name), note, date]
    }

    @Test(arguments: OutputFormat.allCases)
    func piecesAddUpToTheWholeText(format: OutputFormat) {
        let renderer = Renderer(language: .dutch, colour: false)
        var pieces: [String] = []
        var chunks = ChunkedOutput { pieces.append($0) }
        renderer.render(.table(Self.table), as: format, to: &chunks)
        chunks.finish()
        #expect(pieces.count > 1)
        #expect(pieces.dropLast().allSatisfy { $0.utf8.count >= 1 << 16 && $0.utf8.count < 1 << 17 })
        #expect(pieces.joined() == renderer.render(Self.table, as: format))
        #expect(chunks.endsWithNewline)
    }

    @Test func aFailedWriteStopsTheRestAndIsKept() {
        struct Full: Error {}
        var calls = 0
        var chunks = ChunkedOutput { _ in
            calls += 1
            throw Full()
        }
        Renderer(language: .english, colour: false).render(.table(Self.table), as: .csv, to: &chunks)
        chunks.finish()
        #expect(calls == 1)
        #expect(chunks.error is Full)
    }

    @MainActor @Test func aRedirectedTableIsWrittenWholeWithNoTemporaryLeftBehind() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lobsh-stream-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TestSession()
        let path = folder.appendingPathComponent("sub/leerlingen.csv").path
        _ = session.run("leerling lijst > '\(path)'")
        _ = session.run("leerling lijst | eerste 1 >> '\(path)'")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.count > 100)
        #expect(lines.first == lines[lines.count - 2])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("sub").path)
        #expect(leftovers == ["leerlingen.csv"])
    }
}
