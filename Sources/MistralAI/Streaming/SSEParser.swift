/// An incremental parser of the `text/event-stream` format (WHATWG HTML, "Server-sent events").
///
/// Feed it bytes as they arrive, in pieces of any size; it returns the events completed by each piece.
/// It accepts `\n`, `\r\n` and `\r` line ends (also when a `\r\n` pair is split between two pieces), a
/// leading byte order mark, multi-line `data:`, comments (`:` lines, used as keep-alives), `event:`, `id:`
/// and `retry:`, and ignores unknown fields. An event without data is not dispatched, as the standard says.
public struct SSEParser: Sendable {
    private var line: [UInt8] = []
    private var lastByteWasCarriageReturn = false
    private var byteOrderMarkHandled = false
    private var data: [UInt8] = []
    private var hasData = false
    private var eventType: String?
    private var lastEventID: String?
    private var retry: Int?

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D
    private static let colon: UInt8 = 0x3A
    private static let space: UInt8 = 0x20

    public init() {}

    /// Whether bytes of an event that has not been completed yet are buffered.
    public var hasPendingEvent: Bool {
        !line.isEmpty || hasData || eventType != nil
    }

    /// Parses the next piece of the stream and returns the events it completes.
    public mutating func parse(_ bytes: some Sequence<UInt8>) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        for byte in bytes {
            if !byteOrderMarkHandled {
                line.append(byte)
                if Self.byteOrderMark.starts(with: line) {
                    if line.count == Self.byteOrderMark.count {
                        line.removeAll(keepingCapacity: true)
                        byteOrderMarkHandled = true
                    }
                    continue
                }
                byteOrderMarkHandled = true
                let pending = line
                line.removeAll(keepingCapacity: true)
                for pendingByte in pending {
                    consume(pendingByte, into: &events)
                }
                continue
            }
            consume(byte, into: &events)
        }
        return events
    }

    private mutating func consume(_ byte: UInt8, into events: inout [ServerSentEvent]) {
        switch byte {
        case Self.lineFeed:
            if lastByteWasCarriageReturn {
                lastByteWasCarriageReturn = false
                return
            }
            endLine(into: &events)
        case Self.carriageReturn:
            endLine(into: &events)
            lastByteWasCarriageReturn = true
        default:
            lastByteWasCarriageReturn = false
            line.append(byte)
        }
    }

    private mutating func endLine(into events: inout [ServerSentEvent]) {
        defer { line.removeAll(keepingCapacity: true) }
        guard !line.isEmpty else {
            if let event = dispatch() { events.append(event) }
            return
        }
        if line.first == Self.colon { return }
        let field: [UInt8]
        var value: ArraySlice<UInt8>
        if let colonIndex = line.firstIndex(of: Self.colon) {
            field = Array(line[..<colonIndex])
            value = line[(colonIndex + 1)...]
            if value.first == Self.space { value = value.dropFirst() }
        } else {
            field = line
            value = []
        }
        switch String(decoding: field, as: UTF8.self) {
        case "data":
            if hasData { data.append(Self.lineFeed) }
            data.append(contentsOf: value)
            hasData = true
        case "event":
            eventType = String(decoding: value, as: UTF8.self)
        case "id":
            if !value.contains(0) { lastEventID = String(decoding: value, as: UTF8.self) }
        case "retry":
            if !value.isEmpty, value.allSatisfy({ (0x30...0x39).contains($0) }) {
                retry = Int(String(decoding: value, as: UTF8.self))
            }
        default:
            break
        }
    }

    private mutating func dispatch() -> ServerSentEvent? {
        defer {
            data.removeAll(keepingCapacity: true)
            hasData = false
            eventType = nil
            retry = nil
        }
        guard hasData else { return nil }
        let type = eventType.flatMap { $0.isEmpty ? nil : $0 }
        return ServerSentEvent(event: type, data: String(decoding: data, as: UTF8.self), id: lastEventID, retry: retry)
    }
}
