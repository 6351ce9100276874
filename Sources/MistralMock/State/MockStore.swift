/// The emulator's in-memory state: agents, conversations, files, batch and fine-tuning jobs, and the
/// fine-tuned models those jobs produce. Everything is lost when the server stops.
actor MockStore {
    var agents = RecordTable<AgentRecord>()
    var conversations = RecordTable<ConversationRecord>()
    var files = RecordTable<FileRecord>()
    var batchJobs = RecordTable<BatchJobRecord>()
    var fineTuningJobs = RecordTable<FineTuningJobRecord>()
    var fineTunedModels = RecordTable<FineTunedModelRecord>()

    /// A store holding only the built-in demo agents.
    init() {
        let created = Timestamp(microseconds: Int64(ModelCatalog.created) * 1_000_000)
        for agent in MockDemoAgent.records(created: created) {
            agents.insert(agent)
        }
    }

    /// Runs `body` with exclusive access to the agents.
    func withAgents<T: Sendable>(_ body: @Sendable (inout RecordTable<AgentRecord>) throws -> T) rethrows -> T {
        try body(&agents)
    }

    /// Runs `body` with exclusive access to the conversations.
    func withConversations<T: Sendable>(_ body: @Sendable (inout RecordTable<ConversationRecord>) throws -> T) rethrows
        -> T
    {
        try body(&conversations)
    }

    /// Runs `body` with exclusive access to the files.
    func withFiles<T: Sendable>(_ body: @Sendable (inout RecordTable<FileRecord>) throws -> T) rethrows -> T {
        try body(&files)
    }

    /// Runs `body` with exclusive access to the batch jobs.
    func withBatchJobs<T: Sendable>(_ body: @Sendable (inout RecordTable<BatchJobRecord>) throws -> T) rethrows -> T {
        try body(&batchJobs)
    }

    /// Runs `body` with exclusive access to the fine-tuning jobs and the fine-tuned models.
    func withFineTuning<T: Sendable>(
        _ body: @Sendable (inout RecordTable<FineTuningJobRecord>, inout RecordTable<FineTunedModelRecord>) throws -> T
    ) rethrows -> T {
        try body(&fineTuningJobs, &fineTunedModels)
    }
}
