import HTTPTypes

/// Decides each request's ``FaultPlan`` from its headers and the configured faults, and counts the
/// requests that `x-mock-fail-times` and ``MockFault/times`` limit.
actor FaultInjector {
    private let faults: [MockFault]
    private let latency: MockLatency
    private var headerFaultCounts: [String: Int] = [:]
    private var configuredFaultCounts: [Int: Int] = [:]

    /// An injector for `configuration`'s faults and latency.
    init(configuration: MockConfiguration) {
        self.faults = configuration.faults
        self.latency = configuration.latency
    }

    /// The plan for a request to `path` with `headers`; `isStream` tells whether it asks for a stream.
    func plan(method: HTTPRequest.Method, path: String, headers: HTTPFields, isStream: Bool) -> FaultPlan {
        var plan = FaultPlan(latency: latency)
        if let milliseconds = Self.integer(headers[FaultHeader.timeToFirstToken]), milliseconds >= 0 {
            plan.latency.timeToFirstToken = .milliseconds(milliseconds)
        }
        if let milliseconds = Self.integer(headers[FaultHeader.tokenDelay]), milliseconds >= 0 {
            plan.latency.perToken = .milliseconds(milliseconds)
        }
        let headerStatus = Self.integer(headers[FaultHeader.status]).flatMap { (400...599).contains($0) ? $0 : nil }
        let headerDrop = Self.integer(headers[FaultHeader.dropAfterChunks]).flatMap { $0 >= 0 ? $0 : nil }
        if headerStatus != nil || headerDrop != nil {
            if let status = headerStatus,
                consumeHeaderFault(status: status, method: method, path: path, headers: headers)
            {
                plan.status = status
                plan.retryAfterSeconds = Self.integer(headers[FaultHeader.retryAfter])
            }
            plan.dropAfterEvents = headerDrop
            return plan
        }
        for (index, fault) in faults.enumerated() where path.hasPrefix(fault.pathPrefix) {
            guard fault.status != nil || (fault.dropStreamAfterChunks != nil && isStream) else { continue }
            let used = configuredFaultCounts[index, default: 0]
            if let times = fault.times, used >= times { continue }
            configuredFaultCounts[index] = used + 1
            plan.status = fault.status
            plan.retryAfterSeconds = fault.retryAfterSeconds
            plan.dropAfterEvents = fault.dropStreamAfterChunks
            return plan
        }
        return plan
    }

    /// Whether a header status fault applies now, counting it against `x-mock-fail-times`.
    private func consumeHeaderFault(status: Int, method: HTTPRequest.Method, path: String, headers: HTTPFields) -> Bool
    {
        guard let times = Self.integer(headers[FaultHeader.failTimes]) else { return true }
        let key = headers[FaultHeader.faultID] ?? "\(method.rawValue) \(path) \(status)"
        let used = headerFaultCounts[key, default: 0]
        guard used < times else { return false }
        headerFaultCounts[key] = used + 1
        return true
    }

    private static func integer(_ text: String?) -> Int? {
        text.flatMap { Int($0.trimmingWhitespace) }
    }
}
