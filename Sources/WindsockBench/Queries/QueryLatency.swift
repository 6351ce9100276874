import AsyncHTTPClient
import Foundation
import NIOCore

/// Measures the latency of the read API one request at a time, as a user of the UI would see it.
struct QueryLatency {
    var client: HTTPClient
    var baseURL: String
    var bearerToken: String?

    /// Latencies in milliseconds of `GET path` for each path, in order; throws on any status but 200.
    func measure(_ paths: [String]) async throws -> [Double] {
        var latencies: [Double] = []
        latencies.reserveCapacity(paths.count)
        let clock = ContinuousClock()
        for path in paths {
            let started = clock.now
            _ = try await get(path)
            latencies.append((clock.now - started).milliseconds)
        }
        return latencies
    }

    /// The body of `GET path`.
    func get(_ path: String) async throws -> ByteBuffer {
        var request = HTTPClientRequest(url: baseURL + path)
        if let bearerToken {
            request.headers.add(name: "Authorization", value: "Bearer \(bearerToken)")
        }
        let response = try await client.execute(request, timeout: .seconds(60))
        let body = try await response.body.collect(upTo: 64 << 20)
        guard response.status == .ok else {
            throw BenchError("GET \(path) answered \(response.status.code): \(String(buffer: body))")
        }
        return body
    }

    /// Trace ids from the newest-first listing (up to `count`).
    func recentTraceIDs(count: Int) async throws -> [String] {
        let body = try await get("/api/v1/traces?limit=\(min(count, 1000))")
        let object = try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]
        let data = object?["data"] as? [[String: Any]] ?? []
        return data.compactMap { $0["trace_id"] as? String }
    }
}

/// A failure of the benchmark itself.
struct BenchError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
