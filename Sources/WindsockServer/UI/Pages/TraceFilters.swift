import WindsockModel
import WindsockStore

/// The trace list's filters as they appear in the page's URL, so that a view can be shared.
struct TraceFilters: Sendable, Equatable {
    /// Time presets, newest data first.
    static let ranges: [(key: String, label: String, seconds: Int64?)] = [
        ("", "Any time", nil), ("15m", "Last 15 minutes", 900), ("1h", "Last hour", 3600),
        ("24h", "Last 24 hours", 86_400), ("7d", "Last 7 days", 604_800), ("30d", "Last 30 days", 2_592_000),
        ("custom", "Custom range", nil),
    ]
    static let pageSize = 50

    var range = ""
    var from: String?
    var to: String?
    var model: String?
    var status: String?
    var userID: String?
    var sessionID: String?
    var tag: String?
    var name: String?
    var text: String?
    var feedback: String?
    var cursor: String?

    init() {}

    /// The filters of a request's query string.
    init(_ parameters: QueryParameters) {
        from = parameters.string("from")
        to = parameters.string("to")
        // A time typed in From or To means a custom range, whatever the preset says.
        range = from != nil || to != nil ? "custom" : parameters.string("range") ?? ""
        model = parameters.string("model")
        status = parameters.string("status")
        userID = parameters.string("user_id")
        sessionID = parameters.string("session_id")
        tag = parameters.string("tag")
        name = parameters.string("name")
        text = parameters.string("q")
        feedback = parameters.string("feedback")
        cursor = parameters.string("cursor")
    }

    /// Whether any filter is set (the cursor is not a filter).
    var isFiltered: Bool {
        !range.isEmpty || from != nil || to != nil || model != nil || status != nil || userID != nil
            || sessionID != nil || tag != nil || name != nil || text != nil || feedback != nil
    }

    /// The query-string pairs of the filters, without the cursor.
    var queryPairs: [(String, String?)] {
        [
            ("range", range.isEmpty ? nil : range), ("from", range == "custom" ? from : nil),
            ("to", range == "custom" ? to : nil), ("model", model), ("status", status), ("user_id", userID),
            ("session_id", sessionID), ("tag", tag), ("name", name), ("q", text), ("feedback", feedback),
        ]
    }

    /// The feedback filter, or a message when it is not one.
    var feedbackFilter: Result<FeedbackFilter?, FilterError> {
        guard let feedback else { return .success(nil) }
        guard let filter = FeedbackFilter(rawValue: feedback) else {
            return .failure(FilterError("Feedback must be up, down or any."))
        }
        return .success(filter)
    }

    /// The store query, or a message saying which filter is wrong.
    func query(project: ProjectID, now: Timestamp) -> Result<TraceQuery, FilterError> {
        if case .failure(let error) = feedbackFilter { return .failure(error) }
        var query = TraceQuery(project: project, limit: Self.pageSize)
        guard let preset = Self.ranges.first(where: { $0.key == range }) else {
            return .failure(FilterError("Unknown time range '\(range)'."))
        }
        if let seconds = preset.seconds {
            query.from = Timestamp(nanosecondsSinceEpoch: now.nanosecondsSinceEpoch - seconds * 1_000_000_000)
        }
        if range == "custom" {
            if let from {
                guard let parsed = Self.parseTime(from) else {
                    return .failure(FilterError("'From' is not a time: use 2026-01-31T12:00 (UTC)."))
                }
                query.from = parsed
            }
            if let to {
                guard let parsed = Self.parseTime(to) else {
                    return .failure(FilterError("'To' is not a time: use 2026-01-31T12:00 (UTC)."))
                }
                query.to = parsed
            }
            if let start = query.from, let end = query.to, start >= end {
                return .failure(FilterError("'To' must be later than 'From'."))
            }
        }
        if let status {
            guard let parsed = SpanStatus(rawValue: status) else {
                return .failure(FilterError("Status must be ok or error."))
            }
            query.status = parsed
        }
        if let cursor {
            guard let parsed = TraceCursor(token: cursor) else {
                return .failure(FilterError("This page link is broken: start again from the first page."))
            }
            query.cursor = parsed
        }
        query.model = model
        query.userID = userID
        query.sessionID = sessionID
        query.tag = tag
        query.name = name
        query.text = text
        return .success(query)
    }

    /// An RFC 3339 time, or a browser's `datetime-local` value (`2026-01-31T12:00`), read as UTC.
    static func parseTime(_ text: String) -> Timestamp? {
        if let parsed = RFC3339.parse(text) { return parsed }
        if text.count == 16 { return RFC3339.parse(text + ":00Z") }
        if text.count == 19 { return RFC3339.parse(text + "Z") }
        return nil
    }
}

/// A filter the UI cannot apply, with the message the page shows.
struct FilterError: Error, Sendable, Equatable {
    var message: String
    init(_ message: String) { self.message = message }
}
