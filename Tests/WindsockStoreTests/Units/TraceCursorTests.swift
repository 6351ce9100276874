import Testing
import WindsockModel
import WindsockStore

@Suite struct TraceCursorTests {
    @Test func tokenRoundTrips() throws {
        let traceID = try #require(TraceID(hex: "0af7651916cd43dd8448eb211c80319c"))
        let cursor = TraceCursor(
            startTime: Timestamp(nanosecondsSinceEpoch: 1_700_000_000_123_456_789), traceID: traceID)
        #expect(TraceCursor(token: cursor.token) == cursor)
    }

    @Test(arguments: [
        "", "12", "abc-0af7651916cd43dd8448eb211c80319c", "12-xyz", "12-00000000000000000000000000000000",
    ])
    func malformedTokensAreRejected(_ token: String) {
        #expect(TraceCursor(token: token) == nil)
    }
}
