extension MessageCatalog {
    /// The English templates.
    static let english: [MessageKey: String] = [
        .unterminatedQuote: "quote {1} is never closed",
        .badVariableReference: "unreadable variable; write $name or ${name}",
        .emptyPipelineStage: "a command is missing here",
        .unexpectedAfterRedirection: "nothing can follow a redirection (> file)",
        .redirectionWithoutFile: "> or >> must be followed by a file name",
        .pipelineEndsInPipe: "the pipeline ends in |; another command must follow",
        .commandNameNotLiteral: "a command's name cannot be a variable",
        .unknownCommand: "unknown command '{1}' (type 'help' for an overview)",
        .unknownCommandSuggest: "unknown command '{1}' (did you mean '{2}'?)",
        .missingVerb: "'{1}' needs a verb: {2}",
        .unknownVerb: "'{1}' is not a verb of '{2}'; choose from: {3}",
        .unknownVerbSuggest: "'{1}' is not a verb of '{2}' (did you mean '{3}'?)",
        .unknownFlag: "unknown flag '{1}' for '{2}' (see 'help {2}')",
        .unknownFlagSuggest: "unknown flag '{1}' (did you mean '{2}'?)",
        .flagRepeated: "the flag '{1}' may be given only once",
        .switchTakesNoValue: "the flag '{1}' takes no value",
        .flagNeedsValue: "the flag '{1}' needs a value",
        .missingArgument: "'{2}' is missing {1} (see 'help {2}')",
        .unexpectedArgument: "unexpected argument '{1}' for '{2}'",
        .expectedInteger: "{1} expects a whole number, not '{2}'",
        .expectedDecimal: "{1} expects a number, not '{2}'",
        .expectedDate: "{1} expects a date such as 2026-09-01 or 1-9-2026, not '{2}'",
        .expectedSchoolYear: "{1} expects a school year such as 2025-2026, not '{2}'",
        .unknownChoice: "'{1}' is not a valid value for {2}; choose from: {3}",
        .unknownChoiceSuggest: "'{1}' is not a valid value for {2} (did you mean '{3}'?)",
        .expectedMapping: "{1} expects field=Header, not '{2}'",
        .expectedNonNegative: "{1} cannot be negative, not '{2}'",
        .expectedParameter: "parameters are name=value, not '{1}'",
        .unknownVariable: "unknown variable '${1}' (set it with: zet {1} …)",
        .unknownVariableSuggest: "unknown variable '${1}' (did you mean '${2}'?)",
        .badVariableName: "'{1}' cannot be a variable name (letters, digits, _ and -)",
        .exitCodeOutOfRange: "exit code {1} is not between 0 and 255",
        .scriptIncludesItself: "'{1}' calls itself (through bron)",
        .filterNeedsTable:
            "'{1}' works on a table; put a command that gives one before it, such as 'leerling lijst | {1} …'",
        .filterIncomplete: "a condition is column operator value, such as 'leerjaar >= 4'",
        .unknownColumn: "unknown column '{1}'; the columns are: {2}",
        .unknownColumnSuggest: "unknown column '{1}' (did you mean '{2}'?)",
        .unknownOperator: "unknown operator '{1}'; use one of: {2}",
        .expectedAndOr: "expected 'en' (and) or 'of' (or) between conditions, not '{1}'",
        .columnCount: "count",
        .columnName: "name",
        .columnValue: "value",
        .oneRow: "1 row",
        .rowCount: "{1} rows",
        .fileNotFound: "file '{1}' does not exist",
        .fileIsDirectory: "'{1}' is a folder, not a file",
        .fileUnreadable: "file '{1}' cannot be read",
        .fileNotUTF8: "file '{1}' is not UTF-8 text",
        .fileWriteFailed: "cannot write to '{1}'",
        .csvUnterminatedQuote: "{1}, line {2}: a quote is never closed",
        .csvInvalidUTF8: "{1}, line {2}: not valid UTF-8 (save the file as UTF-8)",
        .csvUTF16: "{1} is UTF-16; save it as UTF-8 (CSV UTF-8 in Excel)",
        .jsonUnreadable: "{1} is not valid JSON",
        .jsonNotTable: "{1} holds no list of objects",
        .databaseOpenFailed: "cannot open the database '{1}'",
        .migrationFailed: "the database cannot be brought up to this version of lobsh",
        .databaseError: "database error: {1}",
        .databaseBusy:
            "the database is held too long by another program (another lobsh, sqlite3 or a backup); wait until it is done, then try again",
        .databaseReadOnly:
            "the database is read-only: lobsh may not write the file or its folder; nothing was changed (check the permissions, or work on a copy)",
        .diskFull: "the disk is full; nothing was changed",
        .interrupted: "interrupted; nothing was changed",
        .errorLabel: "error",
        .importEmptyFile: "{1} is empty: not even a header line",
        .importMissingColumns:
            "{1} lacks the column(s) {2}; headers found: {3} (map another header with --kolom field=Header)",
        .importMappedHeaderMissing: "the header '{1}' is not in {2}; headers found: {3}",
        .importFailed: "{1}: {2} bad row(s); nothing was imported (use --sla-fouten-over to import the good rows)",
        .badRowDetail: "{1}:{2}: {3}",
        .importDone: "{1} students read: {2} new, {3} updated, {4} skipped",
        .importNeedsBranch: "this database has {1} branches; name the branch with --vestiging or include a brin column",
        .rowUnterminatedQuote: "a quote is never closed",
        .rowInvalidUTF8: "not valid UTF-8: the file is probably Latin-1 or Windows-1252; save it as CSV UTF-8",
        .rowFieldCount: "{1} fields, the header has {2}",
        .rowMissingValue: "{1} is missing",
        .rowUnknownSchoolType: "unknown school type '{1}' (known: {2})",
        .rowYearNotNumber: "leerjaar '{1}' is not a number",
        .rowYearOutOfRange: "leerjaar {1} does not exist in {2} (1 to {3})",
        .rowDuplicateNumber: "student number {1} is also on line {2}",
        .rowBadBrin: "BRIN code '{1}' is not 4 letters or digits",
        .rowUnknownBranch: "unknown branch '{1}'",
        .defaultBranchName: "school",
        .unknownStudent: "there is no student with number {1}",
        .studentDeleted: "student {1} ({2}) was removed",
        .unknownBranch: "unknown branch '{1}'; known: {2}",
        .ambiguousBranch: "'{1}' matches several branches; choose from: {2}",
        .badBrin: "'{1}' is not a BRIN code (4 letters or digits, such as 99ZZ)",
        .branchExists: "branch {1} already exists",
        .branchAdded: "branch {1} ({2}) added",
        .branchChanged: "branch {1} ({2}) changed",
        .branchCreated: "new branch {1} created (name it with: vestiging wijzig {1} --naam …)",
        .helpIntro:
            "lobsh: career orientation and guidance for Dutch secondary schools. A line is a pipeline: command | filter | naar csv > file.csv",
        .helpGroups: "Groups:",
        .helpCommands: "Commands and filters:",
        .helpMore: "More on one group or command: help leerling, help leerling lijst, help waar.",
        .helpMoreGroup: "More on one command: help {1} VERB.",
        .helpUsage: "Usage:",
        .helpAliases: "Also:",
        .helpArguments: "Arguments:",
        .helpFlags: "Flags:",
        .helpFlagsPlaceholder: "[flags]",
        .helpRepeatable: "(repeatable)",
        .helpExamples: "Examples:",
        .registryConflict: "two modules claim the name '{1}': {2} and {3}",
        .lobshTryHelp: "See 'lobsh --help'.",
        .lobshUnknownOption: "unknown option '{1}'",
        .lobshUnknownOptionSuggest: "unknown option '{1}' (did you mean '{2}'?)",
        .lobshBadOptions: "invalid options: {1}",
        .lobshDemoAndDatabase: "--demo and --db do not go together: the demo school lives in memory",
        .lobshUsage:
            "lobsh: career orientation and guidance (LOB) for Dutch secondary schools\n\nUsage:\n  lobsh [options]                     the interactive shell\n  lobsh [options] -c 'commands'       run commands and stop\n  lobsh [options] script.lob [name=value…]   run a script (recipe)\n  lobsh [options] -                   read commands from stdin\n\nOptions:\n  --db FILE        the database (default $XDG_DATA_HOME/lobsh/school.sqlite)\n  --demo           an in-memory demo school, for workshops\n  --echo           show each statement with the prompt before it runs\n  --tempo MS       wait MS milliseconds before each statement (turns on --echo; also --pace)\n  --rondleiding    with --demo: a guided tour in steps (also --tour)\n  --doorgaan       keep going with the next statement after an error (also --keep-going)\n  --lang nl|en     the language (default from LANG)\n  --stil           no banner in the shell (also --quiet)\n  --geen-init      do not run init.lob (also --no-init)\n  --version        show the version\n  --help           this help\n\nExit codes: 0 success, 1 command failed, 2 usage error, 3 bad data, 130 interrupted.\nInside lobsh: 'help' for all commands.",
        .expectedPositive: "{1} must be a positive number, not '{2}'",
        .columnCommand: "command",
        .lobshBanner:
            "lobsh {1}: career orientation and guidance. Database: {2}.\nType 'help' for the commands, 'rondleiding' for a tour, Ctrl-D or 'stop' to leave.",
        .lobshDemoDatabase: "the demo school (in memory)",
        .agendaShare: "{1} of {2} realised ({3}%)",
        .indicatorNone:
            "no indicators yet (they come with the evaluation module)",
        .indicatorNoData: "no data",
        .agendaAssessmentHeading: "Assessment {1}",
        .agendaAssessedBy: "by {1} on {2}",
        .agendaNotAssessed: "{1} has not been assessed this school year (agenda beoordeel {1} --status …).",
        .agendaStatusNeeded:
            "{1} has no assessment in {2} yet: give --status niet-gestart, in-ontwikkeling or gerealiseerd",
        .agendaAssessed: "{1} ({2}) assessed: {3}",
        .agendaYearExists: "school year {1} already has a scan; change it with agenda beoordeel",
        .agendaNothingToCopy: "there is no scan from before {1} to copy; begin with agenda beoordeel",
        .agendaYearStarted: "scan {1} started: {2} norms copied from {3}",
        .agendaScanTitle: "LOB scan {1}, {2}",
        .agendaEvidenceCount: "{1} × evidence",
        .agendaAllRealised: "All norms are realised; see with --als evaluatie where it can be sharper.",
        .agendaChangedSince: "What changed since {1}",
        .agendaEvidenceAdded: "{1} × new evidence",
        .agendaNothingChanged: "No norm changed status and no new evidence.",
        .agendaReportTitle: "LOB scan {1} {2}",
        .agendaReportIntro:
            "Where the school stands on the minimum norms of the Kwaliteitsagenda LOB voor het VO in school year {1}, next to the assessment of {2} and with indicators from the school's own data.",
        .unknownChoiceSuggestList: "'{1}' is not a valid value for {2} (did you mean '{3}'? choose from: {4})",
        .policyEmptyText: "{1} must not be empty",
        .policyFlagRequired: "'{2}' needs the flag {1} (see 'help {2}')",
        .policyAnswerRecorded: "answer to {1} recorded for {2}",
        .policyEventRecorded: "{1} on {2} recorded (school year {3})",
        .policyEventKnown: "{1} on {2} was already recorded (school year {3})",
        .policyResponsibleIncomplete:
            "also give {1}: recording someone responsible takes --rol and --naam (without both: the list)",
        .policyResponsibleAdded: "{1} {2} recorded as responsible for {3}",
        .policyResponsibleKnown: "{1} {2} was already recorded as responsible for {3}",
        .policyObligationRecorded: "inspanningsverplichting recorded for {1}",
        .policyObligationNone:
            "no inspanningsverplichting is recorded for {1} or earlier (record it with: beleid inspanningsverplichting TEXT…)",
        .policyObligationFrom: "recorded for {1} on {2}",
        .policyObligationMissing: "no inspanningsverplichting recorded",
        .policyQuestionsCount: "{1} of 7",
        .policyQuestionsOpen: "{1} of 7; open: {2}",
        .policyEventOn: "{1} on {2}",
        .policyEventInstead: "through {1} on {2} (no {3} recorded)",
        .policyEventMissing: "no {1} recorded",
        .policyNone: "none",
        .policyNotRecorded: "not recorded",
        .policyPointQuestions: "the seven policy questions answered",
        .policyPointCouncilApproval: "consent of the MR (participation council)",
        .policyPointStudentCouncil: "discussed with the student council",
        .policyPointSchoolPlan: "laid down in the schoolplan",
        .policyPointStudentsInformed: "students informed",
        .policyPointParentsInformed: "parents informed",
        .policyPointPublished: "published in the schoolgids or on the portal",
        .policyPointStudentObligation: "students' inspanningsverplichting recorded",
        .policyDocumentTitle: "LOB policy {1}",
        .policyNotAnswered: "not answered yet",
        .policyAnswerSource: "school year {1}, recorded on {2}",
        .policyAnswerSourceBy: "school year {1}, recorded on {2} by {3}",
        .policyObligationHeading: "How students meet their inspanningsverplichting",
        .policyResponsiblesHeading: "Responsible in {1}",
        .policyEventsHeading: "Events in {1}",
        .activityUnknown: "there is no activity with code '{1}' (see activiteit lijst)",
        .activityUnknownSuggest: "there is no activity with code '{1}' (did you mean {2}?)",
        .activityExists: "there already is an activity with code '{1}' ({2}); change it with: activiteit wijzig {1} …",
        .activityBadCode: "'{1}' cannot be a code: use at most 20 letters, digits, - and _, such as OD-HAN",
        .activityFlagRequired: "'{2}' needs the flag {1} (see 'help {2}')",
        .activityFlagConflict: "{1} and {2} cannot be combined",
        .activityNothingToChange: "say what changes, such as --naam or --leerjaar (see 'help activiteit wijzig')",
        .activityYearOutOfRange: "year {1} does not exist: a year is 1 to 6",
        .activityYearNotInTypes: "year {1} does not exist in {2}",
        .activityPeriodReversed: "from ({1}) is after until ({2})",
        .activityAdded: "activity {1} added: {2}",
        .activityChanged: "activity {1} changed: {2}",
        .activityDeleted: "activity {1} removed: {2}",
        .activityImportDone: "{1} activities read: {2} new, {3} updated, {4} skipped",
        .activityRowUnknownValue: "unknown {1} '{2}' (known: {3})",
        .activityRowBadYears: "leerjaren '{1}' is not a list of years such as 4;5;6 or 4-6",
        .activityRowBadYesNo: "{1} is ja or nee (yes or no), not '{2}'",
        .activityRowBadDate: "{1} '{2}' is not a date such as 2026-09-01 or 1-9-2026",
        .activityRowDuplicateCode: "code {1} is also on line {2}",
        .activityGap: "{1} in year {2}",
        .activityCoverageGaps: "{1} gap(s) (0 !): {2}",
        .activityCoverageNoGaps: "no gaps: every career competency is covered in every year",
        .activityCoverageIndicator: "{1} of {2} cells covered",
        .activityCoverageIndicatorGaps: "{1} of {2} cells covered; gaps: {3}",
        .activityMomentUnprepared:
            "{1} in year {2}: no activities preparing for it in years 1 to {2} (--keuzemoment {3})",
        .activityMomentLate:
            "{1} in year {2}: the activities preparing for it come only after year {2} (--keuzemoment {3})",
        .activityYearEmpty: "year {1} has no activities: the programme stops here",
        .activityCompetencyOnce: "{1} is covered in year {2} only and in no other year",
        .activityCoherent:
            "in order: every choice moment prepared, every year with activities, every competency in several years",
        .activityCoherenceIndicator: "{1} finding(s): {2}",
        .activityCoherenceIndicatorNone: "no findings ({1} school types)",
        .obligationWordsMinimum: "at least {1} × {2}",
        .obligationWordsCompetency: "at least {1} × competency {2}",
        .obligationWordsActivity: "activity {1}",
        .obligationWordsActivities: "activities {1}",
        .obligationRuleAdded: "rule {1} recorded for {2}: {3}",
        .obligationRuleDeleted: "rule {1} removed ({2}: {3})",
        .obligationUnknownRule: "there is no rule with id {1} (see 'verplichting lijst')",
        .obligationNoForm:
            "give the rule with --soort KIND --minimaal N, with --activiteit CODE (repeatable) or with --competentie COMPETENCY --minimaal N",
        .obligationTwoForms: "one rule at a time: {1} and {2} do not go together (record them as two rules)",
        .obligationMinimumMissing: "{1} needs --minimaal N: at least how many different activities",
        .obligationMinimumNotWithActivities:
            "--minimaal does not go with --activiteit: every activity named must be done",
        .obligationMinimumTooSmall: "--minimaal must be at least 1, not {1}",
        .obligationYearOutOfRange: "{1} has no leerjaar {2} (leerjaar 1 to {3})",
        .obligationUnknownActivity: "there is no activity '{1}' in the catalogue",
        .obligationUnknownActivitySuggest: "there is no activity '{1}' in the catalogue (did you mean '{2}'?)",
        .obligationActivityNotFor:
            "this rule can never be met: {1} is not meant for {2} {3} but for {4} in leerjaar {5}",
        .obligationActivityNotForYear:
            "this rule can never be met: {1} is not meant for leerjaar {2} but for leerjaar {3}",
        .obligationTooFew:
            "this rule can never be met: at least {1} × {2} for {3} {4}, but the catalogue has only {5} for them ({6})",
        .obligationNoneOfKind: "this rule can never be met: the catalogue has no activities of kind {1} for {2} {3}",
        .obligationNoneForCompetency:
            "this rule can never be met: the catalogue has no activities that develop {1} for {2} {3}",
        .obligationDuplicate: "that rule already exists for {1} (rule {2})",
        .obligationViewTitle: "Inspanningsverplichting of {1} ({2})",
        .obligationViewAsOf: "School year {1}, {2} year {3}, as of {4}.",
        .obligationViewProgress: "You have done {1} of the {2}.",
        .obligationViewDone: "You have done {1}.",
        .obligationViewMore: "{1} more {2}",
        .obligationViewForCompetency: "{1} for {2}",
        .obligationViewToDo: "Still to do: {1}.",
        .obligationViewAllDone: "You have done everything the school asks of you this school year.",
        .obligationViewOnTrack: "You are on track.",
        .obligationViewBehind: "You are behind: agree with your mentor or the careers adviser when you will catch up.",
        .obligationViewNoRules: "The school has recorded no rules for {1} year {2}.",
        .obligationViewCountedHeading: "What counts",
        .obligationViewNothingCounted: "Nothing yet this school year.",
        .obligationViewPolicyHeading: "What the school asks of you",
        .obligationGroupsOne: "1 group",
        .obligationGroupsMany: "{1} groups",
        .obligationIndicatorValue: "rules for {1}; {2}",
        .obligationIndicatorShare: "{1}% of the students on track",
        .obligationIndicatorNoStudents: "no students in those groups",
        .participationUnknownActivity: "there is no activity with code '{1}'",
        .participationUnknownActivitySuggest: "there is no activity with code '{1}' (did you mean '{2}'?)",
        .participationUnknownStudentSuggest: "there is no student with number {1} (did you mean {2}?)",
        .participationNothingRegistered: "nothing was registered",
        .participationNoStudents:
            "give one or more student numbers, or pass students in through the pipeline (leerling lijst --klas H4A | {1} …)",
        .participationInputWithoutNumbers:
            "'{1}' expects as input a table with the column leerlingnummer; the input has: {2}",
        .participationInputEmpty: "the input holds no students; nothing was registered",
        .participationRegistered: "{1} on {2} ({3}): {4} new, {5} already registered",
        .participationStatusChanged: "the status of {1} already registered was changed to {2}",
        .participationNotMeantFor: "note: {1} is meant for {2}, not for {3}",
        .participationAudience: "{1} in leerjaar {2}",
        .participationAllSchoolTypes: "all school types",
        .participationAndMore: "and {1} more",
        .participationImportDone: "{1} participations read: {2} new, {3} updated, {4} skipped",
        .participationNotMeantForRows:
            "note: in {1} row(s) the activity is not meant for the student's school type and leerjaar (line {2})",
        .participationRowUnknownStatus: "unknown status '{1}' (known: {2})",
        .participationRowBadDate: "'{1}' is not a date such as 2026-09-01 or 1-9-2026",
        .participationRowDuplicate: "the same participation (activity, student, date) is also on line {1}",
        .participationNone:
            "student {1} has no participation in {2} (register it first with: deelname registreer {2} {1})",
        .participationNoneOnDate: "student {1} has no participation in {2} on {3}; there is one on: {4}",
        .participationSeveralDates: "student {1} has {2} participations in {3} ({4}); choose one with --datum",
        .participationReflectionSaved: "reflection on {1} by {2} on {3} recorded: {4}",
        .participationReflectionOnStatus: "note: this participation has the status {1}",
        .participationDatesReversed: "--van {1} is after --tot {2}",
        .participationInputNotTable:
            "'{1}' expects as input a table with the column leerlingnummer, such as 'leerling lijst' gives",
        .helpChoices: "choose from: {1}",
        .staffMemberAdded: "{1} added to the team ({2})",
        .staffMemberUpdated: "{1} was already a team member; roles now: {2}",
        .staffMemberDeleted: "{1} removed from the team, with {2} training(s)",
        .staffUnknownMember: "{1} is not a team member (add with: team nieuw \"{1}\" --rol mentor)",
        .staffUnknownMemberSuggest: "{1} is not a team member (did you mean '{2}'?)",
        .staffEmptyText: "{1} must not be empty",
        .staffFlagRequired: "'{2}' needs the flag {1} (see 'help {2}')",
        .staffBadEmail: "'{1}' is not an email address",
        .staffFromRosterAlone:
            "--uit-rooster takes no NAAM, --rol or --email: it adds every mentor in the roster with the role mentor",
        .staffFromRosterAdded: "{1} mentor(s) from the roster added to the team; {2} were team members already",
        .staffTrainingRecorded: "training '{1}' of {2} on {3} recorded ({4} hours; {5})",
        .staffTrainingKnown: "training '{1}' of {2} on {3} was recorded already",
        .staffTrainingInFuture: "--datum {1} is after today ({2}): record a training once it has been followed",
        .staffHoursNotPositive: "--uren must be more than 0, not {1}",
        .staffYearsNotPositive: "--jaren must be at least 1, not {1}",
        .staffIndicatorShare: "{1} of {2} mentors trained in career conversations ({3}%)",
        .staffIndicatorNoMentors: "no mentors in the roster or the team",
        .dossierItemAdded: "item {1} added to the document of {2} ({3}): {4}, {5}",
        .dossierEmptyDescription: "--omschrijving must not be empty: say what the student did or earned",
        .dossierFutureDate: "the date {1} is in the future (today is {2}): record an item once it has happened",
        .dossierUnknownItem: "there is no document item with id {1} (see 'dossier items')",
        .dossierItemDeleted: "item {1} ({2}: {3}) of student {4} has been removed",
        .dossierTitle: "Career document of {1}",
        .dossierStudentNumber: "student number {1}",
        .dossierClass: "class {1}",
        .dossierGroup: "{1}, year {2}",
        .dossierMadeOn: "made on {1}",
        .dossierNothingRecorded: "Nothing recorded yet: this document holds no activities, conversations or items yet.",
        .dossierSchoolYear: "School year {1}",
        .dossierObligations: "Inspanningsverplichting {1}",
        .dossierSharedOnly: "This document holds only what is shared with the student.",
        .dossierActivity: "{1}  Activity: {2}",
        .dossierIntendedGoals: "Intended goals: {1}",
        .dossierResults: "Results: {1}",
        .dossierEvaluation: "Evaluation: {1}",
        .dossierFollowUp: "Follow-up: {1}",
        .dossierNoReflection: "(no reflection yet)",
        .dossierConversation: "{1}  Conversation: {2}",
        .dossierConversationWith: "with {1}",
        .dossierTopics: "Topics: {1}",
        .dossierReport: "Report: {1}",
        .dossierAgreement: "Agreed: {1} ({2})",
        .dossierAgreementBy: "by {1}",
        .dossierAgreementDue: "due {1}",
        .dossierAgreementDone: "done on {1}",
        .dossierItem: "{1}  {2}: {3}",
        .dossierEvidence: "Evidence: {1}",
        .dossierJSONFailed: "cannot write the document of student {1} as JSON",
        .dossierNumberOrClass: "give a student number or --klas, not both",
        .dossierNeedsStudent: "'dossier exporteer' needs a student number or --klas (see 'help dossier exporteer')",
        .dossierClassNeedsFolder: "--klas writes one file per student: also give --map, such as --map uitvoer/",
        .dossierFolderFailed: "cannot create the folder '{1}'",
        .dossierEmptyClass: "there are no students in class {1}",
        .dossierEmptyClassSuggest: "there are no students in class {1} (did you mean {2}?)",
        .dossierIndicatorValue: "{1}% of the students have a reflection or item in their career document ({2} of {3})",
        .conversationAgreementWithoutWhat:
            "an agreed action needs a description: give an --afspraak \"what\" for every --door and --voor",
        .conversationBadParticipant: "'{1}' is not a participant; write role:name, such as mentor:\"J. de Vries\"",
        .conversationUnknownRoleSuggest: "unknown role '{1}' (did you mean '{2}'?)",
        .conversationUnknownRole: "unknown role '{1}' (choose from: {2})",
        .conversationUnknown: "there is no conversation with id {1} (see gesprek lijst)",
        .conversationDateInFuture: "{1} is in the future; record a conversation once it has been held",
        .conversationEmptyReport:
            "note: the conversation has no report; add it with gesprek wijzig {1} --verslag \"…\"",
        .conversationRecorded: "conversation {1} recorded: {2} with {3} on {4} ({5} agreed actions)",
        .conversationNoParticipation:
            "student {1} has no participation in {2} (register it first with: deelname registreer {2} {1})",
        .conversationEditorHeader:
            "Report of the conversation with {1} on {2}.\nLines starting with # are left out; an empty report is allowed.",
        .conversationConfidentialNotTerminal:
            "--inclusief-vertrouwelijk only works on the screen: not in a pipeline, not into a file and not in a script whose output is passed on",
        .conversationPrivateNoteLabel: "working note (confidential, for you only):",
        .conversationNoPrivateNote: "(none)",
        .conversationNothingToChange:
            "say what changes: --verslag, --soort, --onderwerp, --afspraak or --werkaantekening",
        .conversationChanged: "conversation {1} changed: {2}",
        .conversationUnknownAgreement: "there is no agreed action with id {1} (see gesprek afspraken)",
        .conversationAgreementDone: "agreed action {1} done on {2}",
        .conversationSinceRequired: "give the date with --sinds, such as --sinds 2026-09-01",
        .conversationIndicatorShare: "{1}% of the students ({2})",
        .conversationIndicatorYearShare: "y{1} {2}%",
        .conversationIndicatorAgreements: "{1} open, {2} overdue",
        .conversationAgreementTwice: "{1} is given twice for the agreed action '{2}'; give each action one {1}",
        .registryIncompatibleAPI:
            "module '{1}' was written for LOBKit API {2}, this lobsh has API {3}: update the module (or build lobsh without its folder in Plugins/)",
        .registryDuplicateModule: "two modules are named '{1}'; rename one of them",
        .evaluateOnePipeline: "a module can run one pipeline without '>', not: {1}",
        .moduleMessage: "{1}",
        .transitionEmptyGroup: "(none)",
        .transitionRowDuplicate: "student {1} of cohort {2} is already on line {3}",
        .transitionRowBadCohort:
            "column {1}: '{2}' is not an exam year (such as 2025) or school year (such as 2024-2025)",
        .transitionRowBadValue: "column {1}: unknown value '{2}' (choose from {3})",
        .transitionRowBadDUOType:
            "column onderwijstype: '{1}' (leerweg '{2}') is not a school type; expected VMBO with leerweg BB, KB, GL or TL, or HAVO or VWO",
        .transitionRowBadCount: "column {1}: '{2}' is not a count (a whole number, or <5)",
        .transitionNeedsNumber: "give the alumnus's student number",
        .transitionNeedsCohort: "give the exam year with --cohort, such as --cohort 2025",
        .transitionNewNeedsTypeAndDestination:
            "student {1} is not in this cohort yet: give --schooltype and --bestemming",
        .transitionRegistered: "transition of {1} (cohort {2}) recorded: {3}, after one year {4}",
        .transitionUpdated: "transition of {1} (cohort {2}) updated: {3}, after one year {4}",
        .transitionImportDone: "{1} alumni read: {2} new, {3} updated, {4} skipped",
        .transitionBRINOnlyForDUO: "--brin goes with --formaat duo",
        .transitionDUONeedsBRIN:
            "give the school's BRIN code with --brin, such as --brin 99ZZ (no vestigingen are recorded)",
        .transitionDUONoOwnRows: "{1} has no rows of {2} (BRIN codes in the file: {3})",
        .transitionDUOImportDone:
            "DUO: {1} rows of {2} read for cohort {3} ({4} counts are a range because of <5); {5} rows of other schools skipped",
        .transitionDUOHiddenAttributed:
            "{1} rows with school code XXXX (<5) belong to {2} by name and gemeente and are counted",
        .transitionDUOHiddenSkipped:
            "{1} rows with school code XXXX (<5) cannot be attributed to any school and were skipped; if one is this school's, its total is too low",
        .transitionNoData:
            "there is no transition data yet; add it with doorstroom registreer, doorstroom importeer FILE or doorstroom importeer FILE --formaat duo",
        .transitionNoSourceData: "there is no transition data from source {1}",
        .transitionNoCohort: "there is no transition data (source {1}) of cohort {2}; there is of: {3}",
        .transitionDUONoGrouping:
            "DUO's figures have no {1}: use --per schooltype or --per bestemming, or --bron school",
        .transitionNoStatus:
            "no status after one year is known yet; record it with doorstroom registreer NUMBER --cohort YEAR --status … or import the column status-na-een-jaar",
        .transitionChartOverview: "Transition cohort {1} per {2} (source: {3})",
        .transitionChartSuccess: "Status one year after the exam, cohort {1}, per {2}",
        .transitionChartTrend: "Transition per cohort and {1} (source: {2})",
        .transitionReportOwn:
            "Destinations from the school's own records, cohort {1} (exam in the summer of {1}) next to earlier cohorts: count (share).",
        .transitionReportDUO:
            "Destinations from DUO's open data 'Bestemming vo-gediplomeerden', up to cohort {1}. DUO publishes counts of 1 to 4 as <5: a total built on them is a range, such as 118–130.",
        .transitionReportNoData:
            "There is no transition data of cohort {1} or earlier. Add it with doorstroom importeer FILE (the school's own records per alumnus) or doorstroom importeer FILE --formaat duo (DUO's open data).",
        .transitionReportNoSuccess:
            "No status after one year is known of cohort {1} or earlier. Record it with doorstroom registreer NUMBER --cohort YEAR --status …, or doorstroom importeer FILE with the column status-na-een-jaar.",
        .transitionReportSuccess:
            "Status one year after the exam per cohort, up to cohort {1}: doorgegaan (still in the same programme), geswitcht (switched), uitgevallen (dropped out) or onbekend (unknown).",
        .satisfactionYearGroup: "leerjaar {1}",
        .satisfactionEveryone: "all students",
        .satisfactionUnknownShape:
            "{1}: the shape cannot be told from the header ({2}); expected per answer respondent, schooltype, leerjaar, item, score; per respondent a column per item such as LOB01 (see tevredenheid sjabloon --invulblad); or totals item, schooltype, leerjaar, n, gemiddelde, n1 … n5",
        .satisfactionRowRespondentGroup:
            "schooltype/leerjaar: respondent {1} is in group {3} on line {2}; a respondent belongs to one group",
        .satisfactionRowUnknownItem: "{1}: unknown item '{2}' (the known items are in tevredenheid items)",
        .satisfactionRowRespondentTwice: "item: respondent {1} also answers {2} on line {3}",
        .satisfactionRowRespondentAgain: "respondent: {1} is also on line {2}",
        .satisfactionRowBadRespondents: "{1}: '{2}' is not a number of respondents (a whole number above 0)",
        .satisfactionRowDuplicate: "item {1} for {2} is also on line {3}",
        .satisfactionRowOverlap:
            "item {1} for {2} overlaps {3} on line {4}; give per item either all groups together or separate groups",
        .satisfactionRowPartialDistribution: "{1} is empty; fill in all five of n1 to n5 or none of them",
        .satisfactionRowBadAnswerCount: "{1}: '{2}' is not a count (a whole number of 0 or more)",
        .satisfactionRowCountMismatch: "n: {1} does not match n1 to n5, which add up to {2}",
        .satisfactionRowNoScores: "gemiddelde: empty, and so are n1 to n5; give a mean or the distribution",
        .satisfactionRowBadMean: "{1}: '{2}' is not a mean from 1 to 5",
        .satisfactionRowMeanMismatch: "gemiddelde: {1} does not match n1 to n5, which give {2}",
        .satisfactionRowBadSchoolType: "schooltype: '{1}' is not a school type (choose from: {2}, or empty for all)",
        .satisfactionRowBadYear: "leerjaar: '{1}' is not a leerjaar from 1 to 6 (or empty for all)",
        .satisfactionRowYearNotInType: "leerjaar: {1} does not exist in {2}",
        .satisfactionRowBadScore: "{1}: '{2}' is not a score from 1 to 5",
        .satisfactionRowBadShareable: "deelbaar: '{1}' is not ja or nee (yes or no)",
        .satisfactionNothingInFile: "{1} holds no score at all; nothing was imported",
        .satisfactionIgnoredColumns: "note: these columns were not read: {1}",
        .satisfactionImportReplaced:
            "the earlier import of source {1} in {2} was replaced, with its comments and their shareable marks",
        .satisfactionImportRespondents:
            "{1}: {2} respondents, {3} items, {4} groups and {5} comments read for {6} (source {7})",
        .satisfactionImportTotals: "{1}: {2} results ({3} items, {4} groups) read for {5} (source {6})",
        .satisfactionTooFew: "fewer than {1} respondents",
        .satisfactionBarText: "{1} (n={2})",
        .satisfactionNoResults:
            "there are no satisfaction results for {1}; add them with tevredenheid importeer FILE --schooljaar {1}",
        .satisfactionChartTitle: "Satisfaction {1} (mean, 1–5)",
        .satisfactionAllSchoolTypes: "all school types",
        .satisfactionAllYears: "all leerjaren",
        .satisfactionNoResultsAtAll: "there are no satisfaction results yet; add them with tevredenheid importeer FILE",
        .satisfactionTrendChartTitle: "Satisfaction per school year (mean, 1–5)",
        .satisfactionMinimumSet: "groups with fewer than {1} respondents are no longer shown",
        .satisfactionMinimumStored: "groups with fewer than {1} respondents are not shown (set by the school)",
        .satisfactionMinimumStandard:
            "groups with fewer than {1} respondents are not shown (the default; change it with tevredenheid minimum N)",
        .satisfactionMinimumTooSmall:
            "the minimum group size is at least {1}, not {2}: smaller groups come too close to one student's answers",
        .satisfactionUnknownComment: "there is no comment with number {1} (see tevredenheid opmerkingen)",
        .satisfactionCommentsShareable: "shareable: comment {1}",
        .satisfactionCommentsNotShareable: "not shareable: comment {1}",
        .satisfactionReportNoData:
            "There are no satisfaction results for {1}. Add them with: tevredenheid importeer FILE --schooljaar {1} (tevredenheid sjabloon gives a LOB questionnaire of your own).",
        .satisfactionReportNoLOB:
            "There are only general satisfaction results for {1}, none on LOB. Measure LOB satisfaction with the questionnaire of tevredenheid sjabloon and import the answers with: tevredenheid importeer FILE --schooljaar {1}.",
        .satisfactionReportIntro:
            "The LOB questions in {1} against {2}: the mean on a scale from 1 (strongly disagree) to 5 (strongly agree) and the number of respondents (n).",
        .satisfactionReportPerSchoolType: "Per school type, all LOB questions together, in {1}:",
        .satisfactionReportWithheld:
            "Groups with fewer than {1} respondents are not shown, so that no answer can be traced to a student.",
        .satisfactionReportNoQuotes:
            "There are no student comments for {1} marked as shareable. See them with tevredenheid opmerkingen and mark one with: tevredenheid opmerking-deelbaar NUMBER.",
        .satisfactionReportQuotesIntro:
            "Comments from the {1} satisfaction survey that the school marked as shareable (without names):",
        .evaluationExportNeedsAudience: "say who the export is for: --voor netwerk or --voor expertisepunt",
        .evaluationExportUnreadable: "{1} is not a readable export (broken JSON): {2}",
        .evaluationExportWrongFormat: "{1} is not an export of evaluatie export (format '{2}', expected '{3}')",
        .evaluationExportNewerVersion:
            "{1} has version {2} of the export format, newer than this lobsh can read (version {3}); update lobsh",
        .evaluationExportUnknownVersion:
            "{1} has an unknown version '{2}' of the export format (this lobsh reads version {3})",
        .evaluationExportBadField: "{1}: invalid value '{3}' for '{2}'",
        .evaluationMergeMismatch: "{1} does not match {5}: {2} is '{3}', in {5} '{4}'",
        .evaluationSuppressed: "suppressed",
        .evaluationTotal: "total",
        .sqlEmpty: "give an SQL statement, such as sql \"select count(*) as n from leerling\"",
        .sqlMultipleStatements: "sql runs one statement; remove the ; and what follows it",
        .sqlReadOnly: "sql is read-only: {1} is not allowed (use SELECT)",
        .sqlPrivateTable: "{1} holds confidential working notes and is not available",
        .sqlError: "error in the SQL: {1}",
        .participationShareableBoth: "give --deelbaar or --niet-deelbaar, not both",
        .participationShareableEmpty:
            "{2}'s participation in {1} has no reflection to share yet; fill in a field first",
        .evaluationIndicatorHeld: "on {1} with {2}; data: {3}",
        .evaluationIndicatorHeldMissing: "on {1} with {2}; data: {3}; missing: {4}",
        .evaluationIndicatorPrevious: "not yet this school year; the last ({5}) on {1} with {2}; data: {3}",
        .evaluationIndicatorPreviousMissing:
            "not yet this school year; the last ({5}) on {1} with {2}; data: {3}; missing: {4}",
        .evaluationDateInFuture: "the date {1} is in the future; record an evaluation once it has been held",
        .evaluationDataFromDatabase: "data from the database for {1}: {2} (give --data to name them yourself)",
        .evaluationRegistered: "evaluation of {1} recorded: {2} with {3}; data: {4}",
        .agendaSectionNoScan:
            "No scan of the quality agenda has been made for {1} yet (agenda beoordeel NORM --status …).",
        .agendaSectionChartTitle: "Norms per status, {1}",
        .programmeNoActivities: "There are no activities in the catalogue for {1} (activiteit nieuw …).",
        .programmeCoverageIntro: "{1} activities, per leerjaar and career competency (0 ! is a gap):",
        .programmeNoParticipation: "No participations have been registered for {1} (deelname registreer …).",
        .programmeYearLabel: "leerjaar {1}",
        .programmeParticipationIntro:
            "Students with at least one participation (status deelgenomen) this school year, per leerjaar:",
        .programmeParticipationChart: "Students with at least one participation, {1}",
        .programmeNoObligations: "No rules for the inspanningsverplichting have been recorded (verplichting nieuw …).",
        .programmeNotBegun: "School year {1} has not begun: there is nothing to count yet.",
        .programmeObligationsIntro: "The inspanningsverplichting per school type and leerjaar, counted up to {1}:",
        .conversationSectionNone: "No career conversations have been recorded for {1} (gesprek nieuw …).",
        .conversationSectionHeld: "{1} conversations with {2} students.",
        .conversationSectionChart: "Students with at least one career conversation, {1}",
        .conversationSectionNoAgreements: "No agreed actions were made in these conversations.",
        .conversationSectionAgreements: "Agreed actions: {1}, of which {2} done and {3} open ({4} overdue on {5}).",
        .quoteAttribution: "{1} leerjaar {2}, {3}",
        .quoteSectionNone:
            "No reflections have been marked as shareable for {1} (deelname reflectie CODE NUMMER --deelbaar).",
        .quoteSectionIntro: "From reflections the school marked as shareable, without names:",
        .quoteSectionMore: "And {1} more shareable reflections.",
        .evaluationSectionNone: "No evaluation has been recorded in {1} yet (evaluatie registreer --datum … --met mr).",
        .evaluationSectionHeld: "Evaluations of {1}:",
        .evaluationSectionNoPreviousDecisions: "No decisions have been recorded for {1}.",
        .evaluationSectionPreviousDecisions: "Decisions of the evaluation of {1}:",
        .evaluationSectionItem: "{1} with {2}; data: {3}.",
        .evaluationSectionDecisions: "Decisions: {1}",
        .evaluationReportTitle: "Yearly LOB evaluation {1}",
        .evaluationReportTitleSchool: "Yearly LOB evaluation {1}: {2}",
        .evaluationReportIntro:
            "This is the yearly evaluation of the LOB policy over school year {1}, for the board and the participation council (MR). Norm K1 of the Kwaliteitsagenda LOB asks the board to evaluate the policy every year with the MR, using quantitative and qualitative data and at least student satisfaction; doorstroom and success in follow-up education are the key data. Everything below comes from the school's own data, compiled on {2}; a part without data says so.",
        .evaluationReportSectionEmpty: "No data.",
        .evaluationSummaryAgenda: "Quality agenda: {1}",
        .evaluationSummaryIndicators: "Indicators from the data: {1} of {2} in order; attention for: {3}",
        .evaluationSummarySections: "Parts: {1}",
        .evaluationMinimumTooSmall: "--minimum must be at least 1, not {1}",
        .strayCloseBrace: "'}' closes no block: there is no 'voor' or 'als' with '{' before it",
        .unexpectedOpenBrace: "'{' only opens a block after 'voor … in (…)' or 'als …'",
        .blockNotClosed: "the block of '{1}' is not closed; close it with '}' on a line of its own",
        .elseWithoutIf: "'{1}' belongs right after the '}' of an 'als' block, on the same line: '} {1} {'",
        .loopNeedsVariable: "'{1}' needs the name of the row, as in: {1} row in (leerling lijst) { … }",
        .loopNeedsIn: "'{1} {2}' needs 'in', as in: {1} {2} in (leerling lijst) { … }",
        .expectedParenthesisedPipeline: "a pipeline in parentheses belongs here, such as (leerling lijst --klas H4A)",
        .parenthesisNotClosed: "parenthesis ( is not closed with ) on the same line",
        .redirectionInParentheses: "a pipeline in parentheses gives a value and writes no file",
        .blockNeedsBrace: "'{1} …' needs '{' on the same line",
        .expectedLineEndAfterBlock: "after the '}' of a block a new line belongs (or '} anders {' after an 'als')",
        .keywordInPipeline: "'{1}' starts a block and cannot stand in a pipeline",
        .conditionIncomplete:
            "a condition is value operator value, such as '$weken > 4' or '(leerling lijst | aantal) = 0'",
        .conditionNeedsSingleValue: "this pipeline gives a table; end it with '| aantal' to count the rows",
        .loopNeedsTable: "'voor' goes over the rows of a table, but this pipeline gives no table",
        .requireInBlock: "'vereis' cannot stand in a block; put it at the top of the script",
        .requireNotAtTop: "'vereis' belongs at the top of the script, before everything but 'zet' and other 'vereis'",
        .parameterMissing: "parameter '{1}' is missing; usage: {2}",
        .scriptFailed: "{1}",
        .demoResetOnlyInDemo:
            "demo herstel only works on the demo school (lobsh --demo); a real database is never reset",
        .demoResetInsideStatement:
            "demo herstel stands on its own, not in a pipeline with commands that use the database",
        .demoResetDone:
            "The demo school is reset: all data is as it was at the start. Variables and settings (such as $vandaag and the theme) stay as they are.",
        .tourWelcome:
            "A tour of lobsh on the demo school Het Zuiderlicht College, in {1} steps. Nothing you do here touches real data.",
        .tourStepHeading:
            "Step {1} of {2}: {3}",
        .tourKeys:
            "Enter runs the command; type it yourself or try something else. 'next' skips, 'back' goes back, 'stop' (or Ctrl-D) leaves the tour.",
        .tourPrompt:
            "tour {1}/{2}> ",
        .tourRepeat:
            "Still step {1} of {2}. The command: {3}   (Enter runs it)",
        .tourLeft:
            "You leave the tour at step {1}. Type 'rondleiding' to go on there, 'rondleiding opnieuw' to start again.",
        .tourFinished:
            "That was the tour! Play on with the demo school: 'help' shows everything, 'demo herstel' resets the school, 'rondleiding' starts again.",
        .tourNeedsDemo:
            "the tour runs on the demo school, not on a real database: start lobsh --demo --rondleiding",
        .tourListIntro:
            "A tour in {1} steps; start lobsh --demo --rondleiding to take them one by one:",
        .tourStepOutOfRange:
            "the tour has steps 1 to {1}, not {2}",
        .lobshTourNeedsInput:
            "--rondleiding reads its answers from the terminal or stdin: not together with -c or a script",
        .lobshTourNeedsDemo:
            "--rondleiding runs on the demo school: give --demo too",
        .lobshTempoRange:
            "--tempo is a number of milliseconds from 0 to 60000, not '{1}'",
        .transitionNoInstitutionResults:
            "there are no first-year results from institutions; a network module imports them (see modules)",
        .unknownRecipe:
            "unknown recipe '{1}'; 'recepten' lists the recipes lobsh finds",
        .unknownRecipeSuggest:
            "unknown recipe '{1}' (did you mean '{2}'?)",
        .setNeedsSingleValue:
            "zet {1} takes one value from the pipeline, but got a table; end the pipeline with '| aantal' or a single value",
        .dateNeedsAmountAndUnit:
            "'{1}' is followed by an amount and a unit, such as: datum $vandaag min 6 weken",
        .dateAmountRange:
            "the amount is 0 to 100000, not '{1}'",
        .studentLeaveDateOrUndo:
            "--datum and --ongedaan do not go together: give one of them",
        .studentLeaveUndone:
            "{1} {2} did not leave: the leaving date is cleared",
        .studentLeft:
            "{1} {2} left on {3}; privacy opschonen counts the retention period from that day",
        .sqlForbiddenFunction:
            "sql is read-only: the function {1} is not allowed",
        .privacyRetentionRange:
            "the retention period is 1 to 100 years, not {1}",
        .privacyRetentionSet:
            "the retention period is now {1} years after leaving: privacy opschonen removes the data of whoever left before {2}",
        .privacyRetentionStandard:
            "the retention period is {1} years after leaving (default): privacy opschonen removes the data of whoever left before {2}",
        .privacyRetentionStored:
            "the retention period is {1} years after leaving (set by the school): privacy opschonen removes the data of whoever left before {2}",
        .privacyDryOrExecute:
            "--droog and --uitvoeren do not go together: give one of them",
        .privacyPurgeNothing:
            "nothing to clean up: the database holds no data of students who left more than {1} years ago (before {2})",
        .privacyPurgeDry:
            "dry run: nothing was removed; with --uitvoeren {1} rows of {2} students who left more than {3} years ago (before {4}) go",
        .privacyPurgeDone:
            "{1} rows of {2} students removed or made anonymous; recorded in privacy log",
        .privacyDisclosureTitle:
            "Access request: what the school holds about {1}",
        .privacyDisclosureIntro:
            "Everything the school's database holds about student {1} that the student (from 16 also the parents) may see, made on {2}.",
        .privacyDisclosureRoster:
            "Roster data",
        .privacyDisclosureNotOnRoster:
            "No longer on the roster.",
        .privacyDisclosureCareerDocument:
            "Career document",
        .privacyDisclosureAlumni:
            "Destination after the diploma",
        .privacyDisclosureOtherTables:
            "Other data",
        .privacyDisclosureOtherTablesIntro:
            "Rows of other tables that refer to the student, such as network modules' and earlier versions of conversation reports.",
        .privacyDisclosureCounts:
            "Rows per table",
        .privacyDisclosurePrivateNotes:
            "Not in this document: mentors' confidential working notes on conversations; they are not part of the record and never leave the database.",
        .privacyDeleteDry:
            "nothing was removed: give --bevestig {1} to remove these {2} rows of student {1}",
        .privacyDeleteMismatch:
            "--bevestig {1} is not the student number {2}: nothing was removed",
        .privacyDeleted:
            "student {1}: {2} rows removed or made anonymous; recorded in privacy log",
        .databaseNewerSchema:
            "the database '{1}' was updated by a newer lobsh (migration '{2}' is unknown here); lobsh changed nothing in it: open it with that newer lobsh",
        .backupFailed:
            "cannot make a backup in '{1}': {2}",
        .backupDiskFull:
            "cannot make a backup in '{1}': the disk is full; the partial copy was removed",
        .backupDamaged:
            "the backup '{1}' is not sound ({2}) and was removed; the database itself was not changed",
        .backupIsDatabase:
            "'{1}' is the database itself; choose another file for the backup",
        .backupExists:
            "'{1}' already exists; choose another name, or replace it with --overschrijf",
        .backupMade:
            "backup made in {1} ({2} pages), checked: sound; restore it with: lobsh --db {1}",
        .databaseSound:
            "the database is sound (integrity_check: ok)",
        .databaseDamaged:
            "the database is damaged: {1} problems; restore a backup with lobsh --db FILE",
        .databaseDamageDetail:
            "  {1}",
        .backupAgeIs:
            "lobsh reminds you of a backup when the last one is older than {1} days (0: never)",
        .backupAgeRange:
            "the number of days is 0 to 365, not '{1}'",
        .backupReminderNever:
            "note: this database has never been backed up; make a backup with: database backup FILE",
        .backupReminderOld:
            "note: the last backup is from {1}, {2} days ago; make a new one with: database backup FILE",
        .busyTimeoutInvalid:
            "LOBSH_BUSY_TIMEOUT expects a number of seconds such as 10 or 0.5, not '{1}'",
        .backupNeedsOwnStatement:
            "database backup must be a statement of its own, not in a pipeline, loop or script that already uses the database",
        .fileIsBinary:
            "{1} is not a text file: line {2} holds a NUL byte; choose the CSV file itself (lobsh cannot read a binary file such as .xlsx)",
        .importDuplicateHeader:
            "{1}: the header '{2}' occurs twice in the header line (columns {3} and {4}); rename or remove one",
        .nestingTooDeep:
            "blocks { } are nested deeper than {1} here; lobsh cannot go deeper",
        .scriptIsBinary:
            "{1} is not a script: line {2} holds a NUL byte",
        .databaseFileReadOnly:
            "cannot open the database '{1}': the file or its folder is read-only, and lobsh must write next to it even to read; fix the permissions, or copy the database to a folder of your own",
        .generateStudentsRequired:
            "give the number of students with --leerlingen, for example: demo generate --leerlingen 1500 --db school.sqlite",
        .generateDatabaseRequired:
            "give the new database file with --db, for example: demo generate --leerlingen 1500 --db school.sqlite",
        .generateOutOfRange:
            "{1} is {2} up to and including {3}",
        .generateDatabaseExists:
            "'{1}' already exists; demo generate only makes a new file and overwrites nothing",
        .generateProgress:
            "generating: {1}% ({2} of {3} students)",
        .generateDone:
            "{1}: {2} vestigingen, {3} students, {4} activities, {5} participations, {6} conversations, {7} alumni",
        .moduleImportMissingColumns: "{1} lacks the column(s) {2}; headers found: {3}",
        .moduleImportRefused: "{1}: {2} bad line(s); nothing was imported",
        .badRowColumnDetail: "{1}:{2}: column {3}: {4}",
    ]
}
