import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Sends export requests to `POST /v1/traces` from several concurrent senders and measures what the
/// server accepts, and how soon an acknowledged trace can be read back.
struct IngestLoad {
    var client: HTTPClient
    var baseURL: String
    var bearerToken: String?
    /// The export path under `baseURL` (`/v1/traces` for Windsock and most OTLP/HTTP receivers).
    var path = "/v1/traces"
    /// Extra headers sent with every export request (e.g. another collector's project header).
    var headers: [HeaderOption] = []
    var senders: Int
    /// One request in `probeEvery` is followed by reading one of its traces back through Windsock's API;
    /// 0 never reads back (for servers without Windsock's API).
    var probeEvery: Int

    /// The outcome of sending one chunk of requests.
    struct Outcome {
        var acceptedSpans = 0
        var failedRequests = 0
        var seconds = 0.0
        var requestLatenciesMs: [Double] = []
        var visibilityDelaysMs: [Double] = []
        /// The status and the start of the body of the first refused request.
        var firstFailure: String?

        mutating func merge(_ other: Outcome) {
            acceptedSpans += other.acceptedSpans
            failedRequests += other.failedRequests
            firstFailure = firstFailure ?? other.firstFailure
            requestLatenciesMs += other.requestLatenciesMs
            visibilityDelaysMs += other.visibilityDelaysMs
        }
    }

    /// Sends every request once, spread over the senders, and returns the totals; `seconds` is the wall
    /// time from the first send to the last answer.
    func send(_ requests: [TracePayloadFactory.Request]) async throws -> Outcome {
        let clock = ContinuousClock()
        let started = clock.now
        var total = try await withThrowingTaskGroup(of: Outcome.self) { group in
            for sender in 0..<senders {
                group.addTask {
                    var outcome = Outcome()
                    var index = sender
                    while index < requests.count {
                        try await send(requests[index], number: index, into: &outcome)
                        index += senders
                    }
                    return outcome
                }
            }
            var total = Outcome()
            for try await outcome in group {
                total.merge(outcome)
            }
            return total
        }
        total.seconds = (clock.now - started).seconds
        return total
    }

    private func send(_ payload: TracePayloadFactory.Request, number: Int, into outcome: inout Outcome) async throws {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-protobuf")
        for header in headers {
            request.headers.add(name: header.name, value: header.value)
        }
        if let bearerToken {
            request.headers.add(name: "Authorization", value: "Bearer \(bearerToken)")
        }
        request.body = .bytes(ByteBuffer(bytes: payload.body))
        let clock = ContinuousClock()
        let started = clock.now
        let response = try await client.execute(request, timeout: .seconds(60))
        let body = try await response.body.collect(upTo: 1 << 20)
        let answered = clock.now
        outcome.requestLatenciesMs.append((answered - started).milliseconds)
        guard response.status == .ok else {
            outcome.failedRequests += 1
            if outcome.firstFailure == nil {
                outcome.firstFailure = "HTTP \(response.status.code): \(String(buffer: body).prefix(500))"
            }
            return
        }
        outcome.acceptedSpans += payload.spanCount
        if probeEvery > 0, number % probeEvery == 0, let traceID = payload.traceIDs.last {
            outcome.visibilityDelaysMs.append(try await visibilityDelay(of: traceID, since: answered))
        }
    }

    /// Milliseconds from the acknowledgement until `GET /api/v1/traces/{id}` finds the trace (5 s at most).
    private func visibilityDelay(of traceID: String, since acknowledged: ContinuousClock.Instant) async throws
        -> Double
    {
        let clock = ContinuousClock()
        while clock.now - acknowledged < .seconds(5) {
            var request = HTTPClientRequest(url: baseURL + "/api/v1/traces/" + traceID)
            if let bearerToken {
                request.headers.add(name: "Authorization", value: "Bearer \(bearerToken)")
            }
            let response = try await client.execute(request, timeout: .seconds(10))
            _ = try await response.body.collect(upTo: 16 << 20)
            if response.status == .ok {
                return (clock.now - acknowledged).milliseconds
            }
            try await Task.sleep(for: .milliseconds(5))
        }
        return (clock.now - acknowledged).milliseconds
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }

    /// The duration in milliseconds.
    var milliseconds: Double {
        seconds * 1000
    }
}
