/// Every route the emulator serves, registered area by area.
enum MockRoutes {
    /// Registers all routes on `router`.
    static func register(on router: MockRouter) {
        ChatRoutes.register(on: router)
        FIMRoutes.register(on: router)
        AgentRoutes.register(on: router)
        ConversationRoutes.register(on: router)
        EmbeddingRoutes.register(on: router)
        ModerationRoutes.register(on: router)
        ClassifierRoutes.register(on: router)
        OCRRoutes.register(on: router)
        ModelRoutes.register(on: router)
        FileRoutes.register(on: router)
        BatchRoutes.register(on: router)
        FineTuningRoutes.register(on: router)
    }
}
