import WindsockModel

/// One call of ``TraceStore/write(_:project:)``, waiting to be joined into a group commit.
package struct WriteRequest: Sendable {
    package var project: ProjectID
    package var spans: [Span]
    /// The `spans` rows (``SpanRecord/insertColumns``), made by the caller's task, so that serialising runs
    /// on many cores while the single writer only runs SQL.
    package var rows: [[SQLValue]]
    /// The `resources` rows of the spans' distinct resources.
    package var resources: [[SQLValue]]
    /// Each trace's summary and metrics from these spans alone, for the traces that turn out to be new.
    package var traces: [TraceID: PreparedTrace]

    package init(project: ProjectID, spans: [Span]) {
        self.project = project
        self.spans = spans
        var resources: [String: (id: [UInt8], hex: String)] = [:]
        self.rows = spans.map { span in
            guard !span.resourceAttributes.isEmpty else { return SpanRecord.values(of: span, project: project) }
            let text = CompactJSON.string(.object(span.resourceAttributes))
            if resources[text] == nil {
                let id = ResourceRecord.id(ofText: text)
                resources[text] = (id, ResourceRecord.hex(id))
            }
            return SpanRecord.values(of: span, project: project, resourceID: resources[text]?.hex)
        }
        self.resources = resources.map { text, id in [.text(project.rawValue), .blob(id.id), .text(text)] }
        self.traces = PreparedTrace.traces(of: spans, project: project)
    }

    /// Throws when a span holds what a database cannot store: a NUL character in a text column.
    package func validate() throws {
        for span in spans {
            let texts: [String?] =
                [
                    span.name, span.statusMessage, span.requestModel, span.responseModel, span.userID, span.sessionID,
                    span.traceName,
                ] + span.tags.map(Optional.some)
            // Byte-wise: `String.contains(Character)` compares grapheme clusters, which costs far more.
            if texts.contains(where: { $0?.utf8.contains(0) ?? false }) {
                throw StoreError(
                    .invalidInput,
                    "span \(span.spanID.hex) of trace \(span.traceID.hex) has a NUL character in a text field")
            }
        }
    }
}
