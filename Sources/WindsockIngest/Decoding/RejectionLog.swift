/// Counts rejected spans of one request and words OTLP's `partial_success.error_message`.
struct RejectionLog {
    private(set) var count = 0
    private var reasons: [String] = []
    private static let maximumReasons = 5

    mutating func record(_ rejection: SpanRejection, spanName: String, position: String) {
        count += 1
        if reasons.count < Self.maximumReasons {
            reasons.append("\(position) (\(spanName.isEmpty ? "unnamed" : "\"\(spanName)\"")): \(rejection.reason)")
        }
    }

    var message: String? {
        guard count > 0 else { return nil }
        let more = count > reasons.count ? "; and \(count - reasons.count) more" : ""
        return "\(count) span\(count == 1 ? "" : "s") rejected: " + reasons.joined(separator: "; ") + more
    }
}
