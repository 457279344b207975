import Foundation
import Testing

@testable import LOBKit

/// The export's JSON format: exact output for a small source, what differs by audience, and reading it back.
struct AggregateExportTests {
    /// A source with a count table, a mean table and a table by institution.
    struct SmallSource: AggregateSource {
        let id = "test"

        func tables(for request: AggregateRequest, in store: StoreTransaction) throws(LOBError) -> [AggregateTable] {
            [
                AggregateTable(
                    id: "test.deelname", title: Localized(nl: "Deelname", en: "Participation"),
                    rowDimension: "leerjaar", columnDimension: "deelname",
                    cells: [
                        AggregateCell(row: "4", column: "wel", count: CountRange(12)),
                        AggregateCell(row: "4", column: "niet", count: CountRange(3)),
                    ]),
                AggregateTable(
                    id: "test.tevredenheid", title: Localized(nl: "Tevredenheid", en: "Satisfaction"), measure: .mean,
                    rowDimension: "thema", columnDimension: "schooltype",
                    cells: [
                        AggregateCell(row: "lob", column: "havo", count: CountRange(12), mean: 3.456),
                        AggregateCell(row: "lob", column: "vwo", count: CountRange(6), mean: 4.0),
                    ]),
                AggregateTable(
                    id: "test.instelling", title: Localized(nl: "Per instelling", en: "By institution"),
                    rowDimension: "instelling", columnDimension: "bestemming",
                    cells: [
                        AggregateCell(row: "Hogeschool Zuid", column: "hbo", count: CountRange(low: 118, high: 130))
                    ]),
            ]
        }
    }

    static func export(_ audience: ExportAudience) throws -> AggregateExport {
        let store = try Store.inMemory(modules: BuiltinModules.all)
        let made = try #require(LOBDate(year: 2026, month: 11, day: 29))
        let year = try #require(SchoolYear(parsing: "2026-2027"))
        return try store.transaction { transaction throws(LOBError) in
            try AggregateExport.collect(
                from: [SmallSource()], request: AggregateRequest(schoolYear: year, audience: audience),
                school: AggregateExport.School(brin: "99ZZ", name: "Het Zuiderlicht College"),
                scan: ["A1": "gerealiseerd"], made: made, in: transaction)
        }
    }

    @Test func theJSONIsExactAndSuppressed() throws {
        let json = try Self.export(.network).json()
        #expect(json == Self.expected + "\n")
    }

    @Test func theNationalMonitorGetsNoNameAndNoInstitutions() throws {
        let network = try Self.export(.network)
        let monitor = try Self.export(.expertisepunt)
        #expect(network.schools == [AggregateExport.School(brin: "99ZZ", name: "Het Zuiderlicht College")])
        #expect(monitor.schools == [AggregateExport.School(brin: "99ZZ", name: nil)])
        #expect(network.tables.map(\.id) == ["test.deelname", "test.tevredenheid", "test.instelling"])
        #expect(monitor.tables.map(\.id) == ["test.deelname", "test.tevredenheid"])
        let json = try monitor.json()
        #expect(json.contains("\"voor\" : \"expertisepunt\""))
        #expect(!json.contains("Zuiderlicht"))
        #expect(!json.contains("Hogeschool"))
    }

    @Test func anExportReadsBackAsItWasWritten() throws {
        let export = try Self.export(.network)
        let read = try AggregateExport.decode(Data(try export.json().utf8), file: "zuid.json")
        #expect(read == export)
    }

    @Test(arguments: [
        (
            "{\"formaat\": \"lobsh-evaluatie-export\", \"versie\": 2}", ErrorKind.data,
            MessageKey.evaluationExportNewerVersion
        ),
        ("{\"formaat\": \"lobsh-evaluatie-export\", \"versie\": 0}", .data, .evaluationExportUnknownVersion),
        ("{\"formaat\": \"lobsh-loopbaandossier\", \"versie\": 1}", .data, .evaluationExportWrongFormat),
        ("{\"formaat\": \"lobsh-evaluatie-export\", \"versie\": 1,", .data, .evaluationExportUnreadable),
        ("{\"formaat\": \"lobsh-evaluatie-export\", \"versie\": 1}", .data, .evaluationExportUnreadable),
    ])
    func aWrongFileIsADataErrorThatNamesIt(text: String, kind: ErrorKind, key: MessageKey) {
        #expect {
            try AggregateExport.decode(Data(text.utf8), file: "school-b.json")
        } throws: { error in
            guard let error = error as? LOBError else { return false }
            return error.kind == kind && error.message.key == key && error.message.arguments.first == "school-b.json"
        }
    }

    @Test func theNewerVersionMessageSaysWhatToDo() throws {
        let error = try #require(
            throws: LOBError.self,
            performing: {
                try AggregateExport.decode(
                    Data("{\"formaat\": \"lobsh-evaluatie-export\", \"versie\": 2}".utf8), file: "b.json")
            })
        #expect(
            error.message.text(.dutch)
                == "b.json heeft versie 2 van het exportformaat, nieuwer dan deze lobsh kan lezen (versie 1); werk lobsh bij"
        )
    }

    static let expected = """
        {
          "formaat" : "lobsh-evaluatie-export",
          "gemaakt" : "2026-11-29",
          "minimum_respondenten" : 10,
          "scan" : {
            "A1" : "gerealiseerd"
          },
          "school" : {
            "brin" : "99ZZ",
            "naam" : "Het Zuiderlicht College"
          },
          "schooljaar" : "2026-2027",
          "tabellen" : [
            {
              "cellen" : [
                {
                  "aantal" : null,
                  "kolom" : "wel",
                  "onderdrukt" : true,
                  "rij" : "4"
                },
                {
                  "aantal" : null,
                  "kolom" : "niet",
                  "onderdrukt" : true,
                  "rij" : "4"
                }
              ],
              "id" : "test.deelname",
              "kolommen" : "deelname",
              "kolomtotalen" : [
                {
                  "aantal" : null,
                  "kolom" : "wel",
                  "onderdrukt" : true
                },
                {
                  "aantal" : null,
                  "kolom" : "niet",
                  "onderdrukt" : true
                }
              ],
              "maat" : "aantal",
              "rijen" : "leerjaar",
              "rijtotalen" : [
                {
                  "aantal" : 15,
                  "onderdrukt" : false,
                  "rij" : "4"
                }
              ],
              "titel" : {
                "en" : "Participation",
                "nl" : "Deelname"
              },
              "totaal" : {
                "aantal" : 15,
                "onderdrukt" : false
              }
            },
            {
              "cellen" : [
                {
                  "aantal" : 12,
                  "gemiddelde" : 3.46,
                  "kolom" : "havo",
                  "onderdrukt" : false,
                  "rij" : "lob"
                },
                {
                  "aantal" : null,
                  "gemiddelde" : null,
                  "kolom" : "vwo",
                  "onderdrukt" : true,
                  "rij" : "lob"
                }
              ],
              "id" : "test.tevredenheid",
              "kolommen" : "schooltype",
              "kolomtotalen" : [

              ],
              "maat" : "gemiddelde",
              "rijen" : "thema",
              "rijtotalen" : [

              ],
              "titel" : {
                "en" : "Satisfaction",
                "nl" : "Tevredenheid"
              },
              "totaal" : null
            },
            {
              "cellen" : [
                {
                  "aantal" : null,
                  "kolom" : "hbo",
                  "max" : 130,
                  "min" : 118,
                  "onderdrukt" : false,
                  "rij" : "Hogeschool Zuid"
                }
              ],
              "id" : "test.instelling",
              "kolommen" : "bestemming",
              "kolomtotalen" : [
                {
                  "aantal" : null,
                  "kolom" : "hbo",
                  "max" : 130,
                  "min" : 118,
                  "onderdrukt" : false
                }
              ],
              "maat" : "aantal",
              "rijen" : "instelling",
              "rijtotalen" : [
                {
                  "aantal" : null,
                  "max" : 130,
                  "min" : 118,
                  "onderdrukt" : false,
                  "rij" : "Hogeschool Zuid"
                }
              ],
              "titel" : {
                "en" : "By institution",
                "nl" : "Per instelling"
              },
              "totaal" : {
                "aantal" : null,
                "max" : 130,
                "min" : 118,
                "onderdrukt" : false
              }
            }
          ],
          "versie" : 1,
          "voor" : "netwerk"
        }
        """
}
