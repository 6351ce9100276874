import Hummingbird
import OrderedJSON
import WindsockModel
import WindsockStore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `GET /api/v1/metrics`: time-bucketed counts, errors, latency percentiles, tokens and cost of model calls.
enum MetricsRoutes {
    /// The most buckets one query may ask for.
    static let maximumBuckets = 10_000

    static func register(on table: inout RouteTable, services: ServerServices) {
        table.add(.get, "/api/v1/metrics") { request, _ in
            let project = try await services.authenticator.project(for: request, policy: .read)
            let query = try metricsQuery(QueryParameters(request.uri.query), project: project, now: Timestamp(Date()))
            let buckets = try await services.storeCall("metrics") { try await services.store.metrics(query) }
            return JSONResponse.make([
                "from": .time(query.from),
                "to": .time(query.to),
                "interval_seconds": .int(query.intervalSeconds),
                "group_by": .optional(query.groupBy?.rawValue),
                "data": .array(buckets.map(\.apiJSON)),
            ])
        }
    }

    /// The store query of the route's parameters: the last 24 hours by hour unless told otherwise. Without
    /// `from`, the range starts at a whole interval (buckets on the hour, not at the minute of the request).
    static func metricsQuery(_ parameters: QueryParameters, project: ProjectID, now: Timestamp) throws(APIError)
        -> MetricsQuery
    {
        var interval = 3600
        if let text = parameters.string("interval") {
            guard let seconds = parseInterval(text), seconds >= 60 else {
                throw .invalidParameter(
                    "interval", "expected a duration of at least one minute: 1m, 5m, 1h, 1d or seconds such as 300")
            }
            interval = seconds
        }
        let to = try parameters.timestamp("to") ?? now
        let from: Timestamp
        if let given = try parameters.timestamp("from") {
            from = given
        } else {
            let start = to.nanosecondsSinceEpoch - 86_400 * 1_000_000_000
            let step = Int64(interval) * 1_000_000_000
            from = Timestamp(nanosecondsSinceEpoch: start - ((start % step) + step) % step)
        }
        guard from < to else { throw .invalidParameter("to", "must be later than 'from'") }
        let span = (to.nanosecondsSinceEpoch - from.nanosecondsSinceEpoch) / 1_000_000_000
        guard span / Int64(interval) < Int64(maximumBuckets) else {
            throw .invalidParameter("interval", "too small for the range: at most \(maximumBuckets) buckets")
        }
        return MetricsQuery(
            project: project, from: from, to: to, intervalSeconds: interval,
            groupBy: try parameters.choice("group_by", of: MetricsQuery.Grouping.self))
    }

    /// Seconds of `30s`, `5m`, `1h`, `1d` or a bare number of seconds.
    static func parseInterval(_ text: String) -> Int? {
        let units: [Character: Int] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
        if let last = text.last, let unit = units[last] {
            guard let count = Int(text.dropLast()), count > 0 else { return nil }
            let (seconds, overflow) = count.multipliedReportingOverflow(by: unit)
            return overflow ? nil : seconds
        }
        guard let seconds = Int(text), seconds > 0 else { return nil }
        return seconds
    }
}
