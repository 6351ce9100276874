import WindsockModel

/// Orders a trace's spans for display: parents before children, siblings by start time.
package enum SpanTree {
    /// Spans whose parent is not stored come first as roots; spans caught in a parent cycle come last.
    package static func ordered(_ spans: [Span]) -> [Span] {
        let byStart = spans.sorted { ($0.startTime, $0.spanID) < ($1.startTime, $1.spanID) }
        let stored = Set(spans.map(\.spanID))
        var children: [SpanID: [Span]] = [:]
        var roots: [Span] = []
        for span in byStart {
            if let parent = span.parentSpanID, stored.contains(parent), parent != span.spanID {
                children[parent, default: []].append(span)
            } else {
                roots.append(span)
            }
        }
        var ordered: [Span] = []
        ordered.reserveCapacity(spans.count)
        var visited = Set<SpanID>()
        var stack = Array(roots.reversed())
        while let span = stack.popLast() {
            guard visited.insert(span.spanID).inserted else { continue }
            ordered.append(span)
            stack.append(contentsOf: (children[span.spanID] ?? []).reversed())
        }
        ordered += byStart.filter { !visited.contains($0.spanID) }
        return ordered
    }
}
