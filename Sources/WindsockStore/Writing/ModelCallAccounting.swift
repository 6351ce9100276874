import WindsockModel

/// Which spans of a trace count as model calls, and which carry the tokens and cost of those calls, so that two
/// spans describing one call are counted once.
///
/// Instrumentations overlap. OpenLIT's span, or an `observe(kind: .llm)` closure, wraps the span the client
/// library makes for the same request (an ancestor); OpenLLMetry's span and the `mistralai` SDK's own span of
/// the same request are siblings, the instrumentation's enclosing the SDK's in time. Both carry the call's tokens.
/// A model call is enclosed by another model call when that one is its ancestor, or a sibling of the same model,
/// under another name, whose time contains its time. The outermost model call is the call; among enclosing
/// spans, the outermost one that reports usage is where the tokens and cost count. Parallel calls of one
/// instrumentation share a name, so they never enclose each other.
package struct ModelCallAccounting: Sendable {
    /// Model calls no other model call encloses: what call counts, errors and latencies count.
    package private(set) var calls: [SpanDigest] = []
    /// Model calls whose tokens and cost count: those reporting usage that no usage-reporting model call encloses.
    package private(set) var usage: [SpanDigest] = []

    /// Sibling candidates looked at per span: bounds the work on a trace of thousands of overlapping calls.
    private static let siblingScanLimit = 64

    package init(_ spans: [SpanDigest]) {
        let modelCalls = spans.filter(\.isModelCall)
        guard !modelCalls.isEmpty else { return }
        var byID: [SpanID: SpanDigest] = [:]
        byID.reserveCapacity(spans.count)
        for span in spans { byID[span.spanID] = span }
        // Model calls by parent, earliest first (longest first among equal starts), for the sibling test.
        var siblings: [SpanID?: [SpanDigest]] = [:]
        for span in modelCalls { siblings[span.parentSpanID, default: []].append(span) }
        for key in siblings.keys {
            siblings[key]?.sort { ($0.start, -$0.end, $0.spanID) < ($1.start, -$1.end, $1.spanID) }
        }

        func enclosingSibling(of span: SpanDigest) -> SpanDigest? {
            guard let group = siblings[span.parentSpanID], group.count > 1 else { return nil }
            var scanned = 0
            var best: SpanDigest?
            for other in group {
                if other.start > span.start || scanned >= Self.siblingScanLimit { break }
                scanned += 1
                guard other.spanID != span.spanID, other.end >= span.end, other.name != span.name,
                    Self.sameModel(other, span)
                else { continue }
                // Equal times: the smaller id encloses, so that two spans never enclose each other.
                if other.start == span.start, other.end == span.end, other.spanID > span.spanID { continue }
                if best == nil || other.hasUsage { best = other }
                if other.hasUsage { break }
            }
            return best
        }

        for span in modelCalls {
            var enclosed = false
            var enclosedByUsage = false
            func note(_ encloser: SpanDigest) {
                enclosed = true
                if encloser.hasUsage { enclosedByUsage = true }
            }
            if let sibling = enclosingSibling(of: span) { note(sibling) }
            // The stored ancestors; a chain longer than the trace is a cycle of parent links (hostile input).
            var parent = span.parentSpanID
            var steps = 0
            while !enclosedByUsage, steps < spans.count, let id = parent, let ancestor = byID[id] {
                if ancestor.isModelCall { note(ancestor) }
                parent = ancestor.parentSpanID
                steps += 1
            }
            if !enclosed { calls.append(span) }
            if span.hasUsage, !enclosedByUsage { usage.append(span) }
        }
    }

    private static func sameModel(_ lhs: SpanDigest, _ rhs: SpanDigest) -> Bool {
        let left = [lhs.model, lhs.requestModel].compactMap { $0 }
        let right = [rhs.model, rhs.requestModel].compactMap { $0 }
        return left.contains { right.contains($0) }
    }
}
