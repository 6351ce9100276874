import WindsockModel

/// A trace's spans in tree order (each parent followed by its subtree, siblings by start time) with depths.
struct SpanTree: Sendable {
    struct Node: Sendable {
        var span: Span
        var depth: Int
        var hasChildren: Bool
    }

    let nodes: [Node]

    init(_ spans: [Span]) {
        let ids = Set(spans.map(\.spanID))
        var children: [SpanID: [Span]] = [:]
        var roots: [Span] = []
        for span in spans {
            if let parent = span.parentSpanID, parent != span.spanID, ids.contains(parent) {
                children[parent, default: []].append(span)
            } else {
                roots.append(span)
            }
        }
        let byStart: (Span, Span) -> Bool = { ($0.startTime, $0.spanID.hex) < ($1.startTime, $1.spanID.hex) }
        var ordered: [Node] = []
        ordered.reserveCapacity(spans.count)
        var visited = Set<SpanID>()
        // Depth-first without recursion: a 10,000-deep chain must not overflow the stack.
        var stack: [(Span, Int)] = roots.sorted(by: byStart).reversed().map { ($0, 0) }
        while let (span, depth) = stack.popLast() {
            guard visited.insert(span.spanID).inserted else { continue }
            let kids = children[span.spanID] ?? []
            ordered.append(Node(span: span, depth: depth, hasChildren: !kids.isEmpty))
            stack += kids.sorted(by: byStart).reversed().map { ($0, depth + 1) }
        }
        // Spans in a parent cycle are reached from no root: show them at the top level rather than lose them.
        for span in spans where !visited.contains(span.spanID) {
            visited.insert(span.spanID)
            ordered.append(Node(span: span, depth: 0, hasChildren: false))
        }
        nodes = ordered
    }
}
