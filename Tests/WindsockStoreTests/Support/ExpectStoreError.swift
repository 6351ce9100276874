import Testing
import WindsockStore

/// Records an issue unless `body` throws a ``StoreError`` of `kind`.
func expectStoreError<Result>(
    _ kind: StoreError.Kind, sourceLocation: SourceLocation = #_sourceLocation, _ body: () async throws -> Result
) async {
    do {
        _ = try await body()
        Issue.record("expected a \(kind.rawValue) StoreError, but the call succeeded", sourceLocation: sourceLocation)
    } catch let error as StoreError {
        #expect(error.kind == kind, sourceLocation: sourceLocation)
    } catch {
        Issue.record("expected a \(kind.rawValue) StoreError, got \(error)", sourceLocation: sourceLocation)
    }
}
