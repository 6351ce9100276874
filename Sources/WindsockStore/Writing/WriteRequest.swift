import WindsockModel

/// One call of ``TraceStore/write(_:project:)``, waiting to be joined into a group commit.
package struct WriteRequest: Sendable {
    package var project: ProjectID
    package var spans: [Span]

    package init(project: ProjectID, spans: [Span]) {
        self.project = project
        self.spans = spans
    }

    /// Throws when a span holds what a database cannot store: a NUL character in a text column.
    package func validate() throws {
        for span in spans {
            let texts: [String?] =
                [
                    span.name, span.statusMessage, span.requestModel, span.responseModel, span.userID, span.sessionID,
                    span.traceName,
                ] + span.tags.map(Optional.some)
            if texts.contains(where: { $0?.contains("\u{0}") ?? false }) {
                throw StoreError(
                    .invalidInput,
                    "span \(span.spanID.hex) of trace \(span.traceID.hex) has a NUL character in a text field")
            }
        }
    }
}
