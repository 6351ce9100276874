import Testing
import WindsockModel

@testable import WindsockServer

@Suite("RFC 3339 times")
struct RFC3339Tests {
    @Test("formats UTC with microseconds")
    func formats() {
        #expect(RFC3339.format(Timestamp(nanosecondsSinceEpoch: 0)) == "1970-01-01T00:00:00.000000Z")
        #expect(
            RFC3339.format(Timestamp(nanosecondsSinceEpoch: 1_767_225_600_123_456_789))
                == "2026-01-01T00:00:00.123456Z")
        #expect(
            RFC3339.format(Timestamp(nanosecondsSinceEpoch: 951_782_400_000_000_000)) == "2000-02-29T00:00:00.000000Z")
        #expect(RFC3339.format(Timestamp(nanosecondsSinceEpoch: -1_000)) == "1969-12-31T23:59:59.999999Z")
    }

    @Test("parses Z, offsets, fractions and lowercase")
    func parses() {
        #expect(RFC3339.parse("2026-01-01T00:00:00Z")?.nanosecondsSinceEpoch == 1_767_225_600_000_000_000)
        #expect(RFC3339.parse("2026-01-01T00:00:00.5Z")?.nanosecondsSinceEpoch == 1_767_225_600_500_000_000)
        #expect(RFC3339.parse("2026-01-01t01:00:00+01:00")?.nanosecondsSinceEpoch == 1_767_225_600_000_000_000)
        #expect(
            RFC3339.parse("2025-12-31T23:00:00.000000001-01:00")?.nanosecondsSinceEpoch == 1_767_225_600_000_000_001)
    }

    @Test(
        "rejects what is not a time",
        arguments: [
            "", "2026-01-01", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z",
            "2026-01-01T24:00:00Z", "2026-01-01T00:00:00", "2026-01-01T00:00:00.Z", "2026-01-01T00:00:00Zjunk",
            "yesterday",
        ])
    func rejects(text: String) {
        #expect(RFC3339.parse(text) == nil)
    }

    @Test("round-trips microseconds")
    func roundTrips() throws {
        let time = Timestamp(nanosecondsSinceEpoch: 1_700_000_000_123_456_000)
        #expect(RFC3339.parse(RFC3339.format(time)) == time)
    }
}
