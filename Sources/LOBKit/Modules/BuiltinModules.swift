/// The modules built into LOBKit, in the order help lists them.
public enum BuiltinModules {
    public static var all: [any CommandModule] {
        [
            CoreModule(), StudentsModule(), PolicyModule(), AgendaModule(), ActivitiesModule(), ParticipationModule(),
            ObligationsModule(), ConversationsModule(), StaffModule(), CareerDocumentModule(), TransitionModule(),
            SatisfactionModule(), EvaluationModule(), SQLModule(), WorkshopModule(), PrivacyModule(), DatabaseModule(),
        ]
    }
}
