/// The attribute namespaces the conventions read, as a bit set (finding them costs one prefix test per attribute).
struct Namespaces: OptionSet {
    let rawValue: UInt32

    static let genAI = Namespaces(rawValue: 1 << 0)
    static let llm = Namespaces(rawValue: 1 << 1)
    static let openInference = Namespaces(rawValue: 1 << 2)
    static let inputOutput = Namespaces(rawValue: 1 << 3)
    static let mlflow = Namespaces(rawValue: 1 << 4)
    static let langfuse = Namespaces(rawValue: 1 << 5)
    static let windsock = Namespaces(rawValue: 1 << 6)
    static let mistralAI = Namespaces(rawValue: 1 << 7)
    static let traceloop = Namespaces(rawValue: 1 << 8)
    static let retrieval = Namespaces(rawValue: 1 << 9)
    static let embedding = Namespaces(rawValue: 1 << 10)
    static let tool = Namespaces(rawValue: 1 << 11)

    init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    private static let prefixes: [(String, Namespaces)] = [
        ("gen_ai.", .genAI), ("llm.", .llm), ("openinference.", .openInference), ("input.", .inputOutput),
        ("output.", .inputOutput), ("mlflow.", .mlflow), ("langfuse.", .langfuse), ("windsock.", .windsock),
        ("mistral_ai.", .mistralAI), ("traceloop.", .traceloop), ("retrieval.", .retrieval),
        ("embedding.", .embedding), ("tool.", .tool),
    ]

    /// The namespace of an attribute name (empty for names outside all of them).
    init(of key: String) {
        let utf8 = key.utf8
        guard let first = utf8.first else {
            self = []
            return
        }
        for (prefix, namespace) in Self.prefixes where prefix.utf8.first == first {
            if utf8.starts(with: prefix.utf8) {
                self = namespace
                return
            }
        }
        self = []
    }
}
