import Foundation
import Testing

@testable import LOBKit

/// `sql`: one read-only statement, results that pipe, and the private working notes out of reach.
@MainActor
struct SQLQueryTests {
    /// A module whose migration puts views over the private notes, as a careless plug-in might.
    struct ViewModule: CommandModule {
        let name = "testview"
        let version = "1.0.0"
        let apiVersion = LOBKitInfo.apiVersion
        let summary = Localized(nl: "test", en: "test")
        var commands: [any Command] { [] }
        var migrations: [Migration] {
            [
                Migration(
                    "v1",
                    sql: """
                        CREATE VIEW notitie_overzicht AS SELECT gesprek_id, tekst FROM gesprek_werkaantekening;
                        CREATE VIEW notitie_aantal AS SELECT count(*) AS n FROM gesprek_werkaantekening;
                        """)
            ]
        }
    }

    static func session() throws -> TestSession {
        try TestSession()
    }

    @Test func aSelectGivesATableThatPipesIntoTheFilters() throws {
        let test = try Self.session()
        let output = try test.output(
            "sql \"select leerjaar, count(*) as n from leerling group by leerjaar\" | sorteer n --aflopend | eerste 2")
        #expect(
            output == """
                leerjaar    n
                --------  ---
                       1  182
                       2  182
                (2 rijen)

                """)
    }

    @Test func sqliteMasterMayBeRead() throws {
        let test = try Self.session()
        let output = try test.output("sql \"select count(*) as n from sqlite_master where name = 'leerling'\"")
        #expect(output == "n\n-\n1\n(1 rij)\n")
    }

    @Test func valuesMapToCells() throws {
        let store = try Store.inMemory(modules: BuiltinModules.all)
        let table = try store.transaction { transaction throws(LOBError) in
            try transaction.readOnlyQuery("select 1 as i, 2.5 as d, 'x' as t, null as n, x'00ff10' as b")
        }
        #expect(table.columns == ["i", "d", "t", "n", "b"])
        #expect(table.rows == [[.integer(1), .decimal(2.5), .text("x"), .nothing, .text("<blob 3 bytes>")]])
    }

    @Test(arguments: [
        "delete from leerling",
        "update leerling set leerjaar = 1",
        "insert into vestiging (brin, nummer, naam) values ('1', '2', '3')",
        "create table x (a)",
        "drop table leerling",
        "begin",
    ])
    func writesAreRefused(_ sql: String) throws {
        let test = try Self.session()
        let result = test.run("sql \"\(sql)\"")
        #expect(result.error?.message.key == .sqlReadOnly, "\(sql)")
        #expect(try test.output("sql \"select count(*) as n from leerling\"").contains("787"))
    }

    @Test(arguments: [
        ("attach database ':memory:' as x", "ATTACH"), ("detach database x", "DETACH"),
        ("pragma query_only = 0", "PRAGMA"), ("pragma user_version = 7", "PRAGMA"), ("vacuum", "VACUUM"),
        ("analyze", "ANALYZE"), ("reindex", "REINDEX"), ("/* c */ -- d\n ATTACH ':memory:' as y", "ATTACH"),
        ("explain query plan pragma foreign_keys", "PRAGMA"),
    ])
    func connectionChangingStatementsAreRefused(_ sql: String, keyword: String) throws {
        let test = try Self.session()
        let result = test.run("sql '\(sql)'")
        #expect(result.error?.message == Message(.sqlReadOnly, keyword))
    }

    @Test func oneStatementOnly() throws {
        let test = try Self.session()
        let result = test.run("sql \"select 1; delete from leerling\"")
        #expect(result.error?.message == Message(.sqlMultipleStatements))
        #expect(try test.output("sql \"select count(*) as n from leerling\"").contains("787"))
    }

    @Test func aSyntaxErrorShowsSQLitesMessage() throws {
        let test = try Self.session()
        let result = test.run("sql \"selec 1\"")
        #expect(result.error?.message == Message(.sqlError, "near \"selec\": syntax error"))
        #expect(result.diagnostics.contains("fout in de SQL: near \"selec\": syntax error"))
    }

    @Test(arguments: [
        "select * from gesprek_werkaantekening",
        "select tekst from GESPREK_WERKAANTEKENING",
        "select count(*) from gesprek_werkaantekening",
        "select (select count(*) from gesprek_werkaantekening) as n",
        "select * from gesprek where id in (select gesprek_id from gesprek_werkaantekening)",
        "with n as (select tekst from gesprek_werkaantekening) select * from n",
        "select g.id from gesprek g join gesprek_werkaantekening w on w.gesprek_id = g.id",
        "select exists (select 1 from gesprek_werkaantekening) as x",
        "select * from notitie_overzicht",
        "select * from notitie_aantal",
    ])
    func thePrivateNotesAreOutOfReach(_ sql: String) throws {
        let registry = try CommandRegistry(modules: BuiltinModules.all + [ViewModule()])
        let store = try Store.demo(modules: registry.modules)
        #expect {
            try store.transaction { transaction throws(LOBError) in try transaction.readOnlyQuery(sql) }
        } throws: { error in
            (error as? LOBError)?.message == Message(.sqlPrivateTable, "gesprek_werkaantekening")
        }
    }

    @Test func queryOnlyIsResetAfterAnErrorAndAfterSuccess() throws {
        let test = try Self.session()
        _ = test.run("sql \"select * from nergens\"")
        _ = test.run("sql \"select 1 as x\"")
        // A write after sql still works in the same session.
        try test.output("team nieuw \"A. Bakker\" --rol docent")
        #expect(try test.output("sql \"select count(*) as n from team_lid where naam = 'A. Bakker'\"").contains("1"))
    }

    @Test func theMessagesAreAsDocumented() {
        #expect(
            Message(.sqlPrivateTable, "gesprek_werkaantekening").text(.dutch)
                == "gesprek_werkaantekening bevat vertrouwelijke werkaantekeningen en is niet beschikbaar")
        #expect(Message(.sqlReadOnly, "DELETE").text(.dutch).hasPrefix("sql is alleen-lezen: "))
    }

    /// Statements past the keyword check that change something: the read-only connection's authorizer refuses each.
    @Test(arguments: [
        ("with x as (select 1) delete from leerling", "DELETE"),
        ("with x as (select 1) update leerling set leerjaar = 1", "UPDATE"),
        ("replace into vestiging (id, brin, nummer, naam) values (1, 'a', 'b', 'c')", "INSERT"),
        ("insert into team_lid (naam) values ('x')", "INSERT"),
        ("create view v as select 1", "CREATE"),
        ("create temp table t (a)", "CREATE"),
        ("drop view if exists v", "DROP"),
        ("alter table leerling add column x", "ALTER"),
        ("savepoint a", "SAVEPOINT"),
        ("release a", "RELEASE"),
        ("commit", "COMMIT"),
    ])
    func theAuthorizerRefusesEveryChange(_ sql: String, keyword: String) throws {
        let store = try Store.demo(modules: BuiltinModules.all)
        #expect {
            try store.transaction { transaction throws(LOBError) in try transaction.readOnlyQuery(sql) }
        } throws: { error in
            (error as? LOBError)?.message.key == .sqlReadOnly
        }
        #expect(
            try store.transaction { transaction throws(LOBError) in
                try transaction.readOnlyQuery("select count(*) as n from leerling")
            }.rows == [[.integer(787)]])
    }

    @Test(arguments: ["load_extension", "readfile", "writefile"])
    func unsafeFunctionsAreRefused(_ function: String) throws {
        let test = try Self.session()
        let result = test.run("sql \"select \(function)('/etc/passwd', 'x') as x\"")
        #expect(result.error != nil)
        #expect(!result.output.contains("root"))
        if function == "load_extension" {
            #expect(result.error?.message == Message(.sqlForbiddenFunction, "load_extension"))
        }
    }

    @Test func attachIsRefusedByTheAuthorizerToo() throws {
        let test = try Self.session()
        // `select` first: past the keyword check, into SQLite, where ATTACH cannot hide in a SELECT anyway.
        let result = test.run("sql \"select sqlite_version() as v; attach ':memory:' as x\"")
        #expect(result.error?.message == Message(.sqlMultipleStatements))
    }

    @Test func aFileDatabaseIsReadThroughASeparateReadOnlyConnection() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sql-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("school.sqlite").path
        let store = try Store.open(path: path, modules: BuiltinModules.all)
        try store.transaction { transaction throws(LOBError) in
            _ = try transaction.execute("INSERT INTO vestiging (brin, nummer, naam) VALUES ('11AA', '00', 'Noord')")
        }
        let table = try store.transaction { transaction throws(LOBError) in
            try transaction.readOnlyQuery("select naam from vestiging")
        }
        #expect(table.rows == [[.text("Noord")]])
        #expect {
            try store.transaction { transaction throws(LOBError) in
                try transaction.readOnlyQuery("with x as (select 1) delete from vestiging")
            }
        } throws: { error in
            (error as? LOBError)?.message == Message(.sqlReadOnly, "DELETE")
        }
        #expect {
            try store.transaction { transaction throws(LOBError) in
                try transaction.readOnlyQuery("select * from gesprek_werkaantekening")
            }
        } throws: { error in
            (error as? LOBError)?.message == Message(.sqlPrivateTable, "gesprek_werkaantekening")
        }
    }
}
