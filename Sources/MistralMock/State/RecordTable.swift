/// A record the store keeps, addressed by its id.
protocol StoredRecord: Sendable {
    var id: String { get }
}

extension AgentRecord: StoredRecord {}
extension ConversationRecord: StoredRecord {}
extension FileRecord: StoredRecord {}
extension BatchJobRecord: StoredRecord {}
extension FineTuningJobRecord: StoredRecord {}
extension FineTunedModelRecord: StoredRecord {}

/// Records by id, remembering their insertion order (lists are answered newest first).
struct RecordTable<Record: StoredRecord>: Sendable {
    private var records: [String: Record] = [:]
    private var order: [String] = []

    /// The record with `id`; assigning `nil` removes it.
    subscript(id: String) -> Record? {
        get { records[id] }
        set {
            if let newValue {
                if records.updateValue(newValue, forKey: id) == nil { order.append(id) }
            } else if records.removeValue(forKey: id) != nil {
                order.removeAll { $0 == id }
            }
        }
    }

    /// Adds or replaces `record`.
    mutating func insert(_ record: Record) {
        self[record.id] = record
    }

    /// Every record, newest first.
    var newestFirst: [Record] {
        order.reversed().compactMap { records[$0] }
    }
}
