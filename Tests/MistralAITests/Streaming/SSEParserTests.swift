import MistralAI
import Testing

@Suite("SSEParser")
struct SSEParserTests {
    private func parse(_ pieces: [String]) -> [ServerSentEvent] {
        var parser = SSEParser()
        return pieces.flatMap { parser.parse(Array($0.utf8)) }
    }

    private func parse(bytes pieces: [[UInt8]]) -> [ServerSentEvent] {
        var parser = SSEParser()
        return pieces.flatMap { parser.parse($0) }
    }

    @Test("a data-only event, as Mistral's chat streams send them")
    func dataOnlyEvent() {
        let events = parse([#"data: {"id":"1"}"# + "\n\n"])
        #expect(events == [ServerSentEvent(data: #"{"id":"1"}"#)])
        #expect(events.first?.type == "message")
    }

    @Test("multi-line data is joined with line feeds")
    func multiLineData() {
        #expect(parse(["data: first\ndata: second\ndata:\n\n"]) == [ServerSentEvent(data: "first\nsecond\n")])
    }

    @Test("CRLF, CR and LF line ends all work, also mixed")
    func lineEnds() {
        #expect(parse(["data: a\r\n\r\n"]) == [ServerSentEvent(data: "a")])
        #expect(parse(["data: a\r\r"]) == [ServerSentEvent(data: "a")])
        #expect(parse(["data: a\r\ndata: b\ndata: c\r\r\n"]) == [ServerSentEvent(data: "a\nb\nc")])
    }

    @Test("a CRLF split between two reads is one line end, not two")
    func splitCarriageReturnLineFeed() {
        #expect(parse(["data: a\r", "\ndata: b\r\n\r\n"]) == [ServerSentEvent(data: "a\nb")])
        #expect(parse(["data: a\r", "\n", "\r", "\n"]) == [ServerSentEvent(data: "a")])
    }

    @Test("comments and keep-alives are ignored")
    func comments() {
        let events = parse([": keep-alive\n\n", ":\n", "data: x\n: inside\n\n", ": ping\n\n"])
        #expect(events == [ServerSentEvent(data: "x")])
    }

    @Test("event names, ids that persist and retry values")
    func fields() {
        let events = parse([
            "event: message.output.delta\nid: 7\nretry: 1500\ndata: {}\n\n",
            "data: second\n\n",
            "id\ndata: third\n\n",
            "retry: 12x\ndata: fourth\n\n",
        ])
        #expect(
            events == [
                ServerSentEvent(event: "message.output.delta", data: "{}", id: "7", retry: 1500),
                ServerSentEvent(data: "second", id: "7"),
                ServerSentEvent(data: "third", id: ""),
                ServerSentEvent(data: "fourth", id: ""),
            ]
        )
    }

    @Test("the value keeps everything after the first space; a field without colon has an empty value")
    func valueParsing() {
        #expect(parse(["data:x\n\n"]) == [ServerSentEvent(data: "x")])
        #expect(parse(["data:  two spaces\n\n"]) == [ServerSentEvent(data: " two spaces")])
        #expect(parse(["data: a: b\n\n"]) == [ServerSentEvent(data: "a: b")])
        #expect(parse(["data\n\n"]) == [ServerSentEvent(data: "")])
    }

    @Test("an event without data is not dispatched, and its name does not leak into the next")
    func eventWithoutData() {
        #expect(parse(["event: ping\n\n", "data: x\n\n"]) == [ServerSentEvent(data: "x")])
    }

    @Test("unknown fields are ignored")
    func unknownFields() {
        #expect(parse(["foo: bar\ndata: x\nbaz\n\n"]) == [ServerSentEvent(data: "x")])
    }

    @Test("a byte order mark at the start is skipped, even split across reads")
    func byteOrderMark() {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let event = Array("data: x\n\n".utf8)
        #expect(parse(bytes: [bom + event]) == [ServerSentEvent(data: "x")])
        #expect(parse(bytes: [[0xEF], [0xBB], [0xBF] + event]) == [ServerSentEvent(data: "x")])
        #expect(parse(bytes: [[0xEF, 0xBB], [0xBF], event]) == [ServerSentEvent(data: "x")])
    }

    @Test("a byte order mark is only skipped at the very start")
    func byteOrderMarkLater() {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let events = parse(bytes: [Array("data: a\n\n".utf8), Array("data: ".utf8) + bom + Array("b\n\n".utf8)])
        #expect(events.map(\.data) == ["a", "\u{FEFF}b"])
    }

    @Test("an event cut before its blank line is not dispatched and is reported as pending")
    func incompleteEvent() {
        var parser = SSEParser()
        #expect(parser.parse(Array("data: complete\n\ndata: cut".utf8)) == [ServerSentEvent(data: "complete")])
        #expect(parser.hasPendingEvent)
        #expect(parser.parse(Array("\n".utf8)).isEmpty)
        #expect(parser.hasPendingEvent)
        #expect(parser.parse(Array("\n".utf8)) == [ServerSentEvent(data: "cut")])
        #expect(!parser.hasPendingEvent)
    }

    @Test("multi-byte characters split between reads decode intact")
    func splitUTF8() {
        let bytes = Array("data: héllo 👋\n\n".utf8)
        for cut in 1..<bytes.count {
            #expect(parse(bytes: [Array(bytes[..<cut]), Array(bytes[cut...])]) == [ServerSentEvent(data: "héllo 👋")])
        }
    }

    @Test("every split point of a realistic stream gives the same events")
    func everySplitPoint() {
        let stream =
            "\u{FEFF}: hello\r\n\r\n"
            + #"data: {"id":"a","choices":[{"delta":{"role":"assistant","content":""}}]}"# + "\r\n\r\n"
            + "event: message.output.delta\ndata: {\"content\":\"Bon\"}\n\n"
            + "data: line one\rdata: line two\r\r"
            + "id: 42\nretry: 300\ndata: [DONE]\n\n"
        let bytes = Array(stream.utf8)
        let expected = parse(bytes: [bytes])
        #expect(expected.count == 4)
        #expect(expected.last == ServerSentEvent(data: "[DONE]", id: "42", retry: 300))
        for first in 0...bytes.count {
            #expect(parse(bytes: [Array(bytes[..<first]), Array(bytes[first...])]) == expected)
        }
        #expect(parse(bytes: bytes.map { [$0] }) == expected)
        for size in 2...7 {
            let pieces = stride(from: 0, to: bytes.count, by: size).map {
                Array(bytes[$0..<min($0 + size, bytes.count)])
            }
            #expect(parse(bytes: pieces) == expected)
        }
    }
}
