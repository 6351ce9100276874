import HTTPTypes

/// The request headers that inject faults and latency (names are case-insensitive).
enum FaultHeader {
    static let status = HTTPField.Name.constant("x-mock-status")
    static let failTimes = HTTPField.Name.constant("x-mock-fail-times")
    static let faultID = HTTPField.Name.constant("x-mock-fault-id")
    static let retryAfter = HTTPField.Name.constant("x-mock-retry-after")
    static let timeToFirstToken = HTTPField.Name.constant("x-mock-ttft-ms")
    static let tokenDelay = HTTPField.Name.constant("x-mock-token-delay-ms")
    static let dropAfterChunks = HTTPField.Name.constant("x-mock-drop-after-chunks")
}
