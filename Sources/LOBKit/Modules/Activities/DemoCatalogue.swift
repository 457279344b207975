/// The demo school's LOB programme: 43 activities across all years and school types.
///
/// One gap is deliberate, for trainers to find with `activiteit dekking`: no activity develops
/// *netwerken* in leerjaar 2.
enum DemoCatalogue {
    private typealias Row = (
        code: String, name: String, kind: ActivityKind, types: [SchoolType], years: [Int], competencies: [Competency],
        moment: ChoiceMoment?, outside: Bool, partner: String, required: Bool
    )

    private static let vmbo: [SchoolType] = [.vmboBB, .vmboKB, .vmboGL, .vmboTL]
    private static let havoVwo: [SchoolType] = [.havo, .vwo]

    private static let rows: [Row] = [
        ("WIE-1", "Wie ben ik? (mentorles)", .lesson, [], [1], [.qualities, .motives], nil, false, "", true),
        ("TALENT-1", "Talententest onderbouw", .test, [], [1], [.qualities], nil, false, "", true),
        (
            "BEROEP-1", "Beroepenmarkt ouders", .careerInformation, [], [1], [.workExploration, .networking], nil,
            false, "", false
        ),
        ("OUDER-1", "Ouderavond LOB leerjaar 1", .parentsEvening, [], [1], [.networking], nil, false, "", false),
        (
            "BEDRIJF-1", "Bedrijfsbezoek haven", .companyVisit, [], [1], [.workExploration], nil, true,
            "Havenbedrijf Zuid", false
        ),
        ("TOEKOMST-1", "Mijn toekomst (mentorles)", .lesson, [], [1], [.careerSteering], nil, false, "", false),
        ("INTER-2", "Interessetest leerjaar 2", .test, [], [2], [.motives], nil, false, "", true),
        (
            "STERK-2", "Sterke kanten (mentorles)", .lesson, [], [2], [.qualities, .careerSteering], nil, false, "",
            false
        ),
        ("GAST-2", "Gastlessen beroepen", .guestLesson, [], [2], [.workExploration], nil, false, "", false),
        ("KEUZE-2", "Sectorkeuzeweek", .lesson, vmbo, [2], [.careerSteering, .motives], .vmboSector, false, "", true),
        (
            "SNUF-2", "Snuffelstage sectoren", .taster, vmbo, [2], [.workExploration], .vmboSector, true, "ROC Zuid",
            true
        ),
        (
            "OUDER-2V", "Ouderavond sectorkeuze", .parentsEvening, vmbo, [2], [.careerSteering], .vmboSector, false, "",
            false
        ),
        (
            "PROF-3", "Profielkeuzetraject", .lesson, havoVwo, [3], [.careerSteering, .qualities], .profile, false, "",
            true
        ),
        ("PROFTEST-3", "Profielkeuzetest", .test, havoVwo, [3], [.motives, .qualities], .profile, false, "", true),
        (
            "OUDER-3", "Ouderavond profielkeuze", .parentsEvening, havoVwo, [3], [.careerSteering], .profile, false, "",
            false
        ),
        (
            "BEROEP-3", "Beroepenavond met oud-leerlingen", .careerInformation, havoVwo, [3],
            [.workExploration, .networking], .profile, false, "", false
        ),
        (
            "STAGE-3V", "Oriëntatiestage vmbo 3", .taster, vmbo, [3], [.workExploration, .networking], nil, true,
            "Bedrijven in de regio", true
        ),
        ("MBO-3V", "Meeloopdag mbo", .shadowDay, vmbo, [3], [.workExploration], .followUp, true, "ROC Zuid", false),
        ("LOOPB-3", "Loopbaandossier bijwerken", .lesson, [], [3], [.careerSteering], nil, false, "", true),
        ("OD-MBO", "Open dag mbo", .openDay, vmbo, [3, 4], [.workExploration], .followUp, true, "ROC Zuid", false),
        ("AANMELD-4V", "Aanmelden mbo vóór 1 april", .lesson, vmbo, [4], [.careerSteering], .followUp, false, "", true),
        (
            "MEEL-4V", "Meeloopdag mbo-opleiding", .shadowDay, vmbo, [4], [.workExploration, .careerSteering],
            .followUp, true, "ROC Zuid", true
        ),
        (
            "STAGE-4V", "Beroepspraktijkstage", .taster, vmbo, [4], [.workExploration, .networking], .followUp, true,
            "Bedrijven in de regio", false
        ),
        ("OUDL-4V", "Oud-leerlingenavond vmbo", .alumniEvening, vmbo, [4], [.networking], .followUp, false, "", false),
        (
            "BEDRIJF-4", "Bedrijfsbezoek techniek", .companyVisit, [.havo, .vwo], [4], [.workExploration], nil, true,
            "Techniekhuis", false
        ),
        (
            "GAST-4", "Gastlessen hoger onderwijs", .guestLesson, havoVwo, [4], [.workExploration], .followUp, false,
            "Hogeschool Zuid", false
        ),
        ("STUDIE-4", "Studiekeuzetest", .test, havoVwo, [4], [.motives, .qualities], .followUp, false, "", true),
        ("OD-HAN", "Open dag HAN", .openDay, havoVwo, [4, 5, 6], [.workExploration], .followUp, true, "HAN", false),
        (
            "OD-HZ", "Open dag Hogeschool Zuid", .openDay, havoVwo, [4, 5, 6], [.workExploration], .followUp, true,
            "Hogeschool Zuid", false
        ),
        (
            "OD-RU", "Open dag Radboud Universiteit", .openDay, [.vwo], [5, 6], [.workExploration], .followUp, true,
            "Radboud Universiteit", false
        ),
        (
            "MEEL-5H", "Meeloopdag hbo", .shadowDay, [.havo], [5], [.workExploration, .careerSteering], .followUp, true,
            "Hogeschool Zuid", true
        ),
        ("PROEF-5H", "Proefstuderen hbo", .trialStudy, [.havo], [5], [.workExploration], .followUp, true, "HAN", false),
        (
            "OUDL-5H", "Oud-leerlingenavond havo", .alumniEvening, [.havo], [5], [.networking], .followUp, false, "",
            true
        ),
        (
            "AANMELD-5H", "Aanmelden hbo vóór 1 mei", .lesson, [.havo], [5], [.careerSteering], .followUp, false, "",
            true
        ),
        (
            "MEEL-5V", "Meeloopdag universiteit", .shadowDay, [.vwo], [5], [.workExploration], .followUp, true,
            "Radboud Universiteit", false
        ),
        (
            "PROEF-6V", "Proefstuderen wo", .trialStudy, [.vwo], [6], [.workExploration, .careerSteering], .followUp,
            true, "Radboud Universiteit", true
        ),
        ("OUDL-6V", "Oud-leerlingenavond vwo", .alumniEvening, [.vwo], [6], [.networking], .followUp, false, "", true),
        ("AANMELD-6V", "Aanmelden wo vóór 1 mei", .lesson, [.vwo], [6], [.careerSteering], .followUp, false, "", true),
        (
            "GESPREK-X", "Keuzegesprek met de decaan", .other, [], [4, 5, 6], [.careerSteering, .motives], .followUp,
            false, "", false
        ),
        (
            "NETW-5", "Netwerkavond ouders en bedrijven", .careerInformation, [], [5], [.networking], nil, false, "",
            false
        ),
        (
            "REFL-4", "Reflectieles loopbaancompetenties", .lesson, [], [4], [.qualities, .motives], nil, false, "",
            false
        ),
        (
            "DOSSIER-5", "Loopbaandossier afronden", .lesson, [], [5, 6], [.careerSteering, .qualities], .followUp,
            false, "", true
        ),
        (
            "OUDER-5", "Ouderavond vervolgopleiding", .parentsEvening, havoVwo, [5], [.careerSteering, .networking],
            .followUp, false, "", false
        ),
    ]

    /// The catalogue; dates are left open, so that the demo stays true whatever the school year.
    static let activities: [Activity] = rows.map { row in
        Activity(
            code: row.code, name: row.name, kind: row.kind, schoolTypes: row.types, years: row.years,
            competencies: row.competencies, choiceMoment: row.moment, outsideSchool: row.outside, partner: row.partner,
            required: row.required)
    }
}
