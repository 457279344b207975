/// The career document (loopbaandossier, norm A4): a student's activities, reflections, conversations and
/// plusdocument items in one transferable document.
public struct CareerDocumentModule: CommandModule {
    public init() {}

    public let name = "dossier"
    public let version = "1.0.0"
    public let apiVersion = LOBKitInfo.apiVersion
    public let summary = Localized(
        nl: "Het loopbaandossier: de hele LOB-loopbaan van een leerling, om mee te nemen naar de volgende school",
        en: "The career document: a student's whole LOB journey, to take to the next school")

    public var groups: [CommandGroup] {
        [
            CommandGroup(
                "dossier", aliases: ["document"],
                summary: Localized(
                    nl:
                        "Loopbaandossier (norm A4): items zoals in het plusdocument, het dossier tonen en exporteren (md, html, json)",
                    en:
                        "Career document (norm A4): items as in the plusdocument, showing and exporting the document (md, html, json)"
                ))
        ]
    }

    public var commands: [any Command] {
        [CareerItemAdd(), CareerItemList(), CareerItemDelete(), CareerDocumentShow(), CareerDocumentExport()]
    }

    public var migrations: [Migration] { CareerDocumentSchema.migrations }

    public var indicators: [any Indicator] { [CareerDocumentIndicator()] }
}
