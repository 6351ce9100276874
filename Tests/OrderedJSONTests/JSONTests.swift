import OrderedJSON
import Testing

@Suite("JSON model")
struct JSONTests {
    @Test("parses and re-serialises compactly, keeping key order and integer types")
    func roundTrip() throws {
        let text = #"{"b":1,"a":[true,false,null,1.5,-2,"x\ny\u00e9"],"c":{"z":{}}}"#
        let value = try JSONParser.parse(text)
        #expect(value["b"] == .int(1))
        #expect(value["a"]?.arrayValue?[3] == .double(1.5))
        #expect(value["a"]?.arrayValue?[5] == .string("x\nyé"))
        #expect(value.compactString == #"{"b":1,"a":[true,false,null,1.5,-2,"x\nyé"],"c":{"z":{}}}"#)
    }

    @Test("surrogate pairs decode to one scalar")
    func surrogatePairs() throws {
        #expect(try JSONParser.parse(#""\ud83d\ude00""#) == .string("😀"))
    }

    @Test("duplicate keys keep the last value", arguments: [#"{"a":1,"a":2}"#])
    func duplicateKeys(text: String) throws {
        let value = try JSONParser.parse(text)
        #expect(value.objectValue?.members.count == 1)
        #expect(value["a"] == .int(2))
    }

    @Test("malformed documents fail with Python's messages and offsets")
    func malformed() {
        #expect(throws: JSONParseError(offset: 5, reason: "Expecting ',' delimiter")) {
            try JSONParser.parse(#"[1, 2"#)
        }
        #expect(throws: JSONParseError(offset: 0, reason: "Expecting value")) { try JSONParser.parse("") }
        #expect(throws: JSONParseError(offset: 3, reason: "Extra data")) { try JSONParser.parse("{} x") }
        #expect(throws: JSONParseError(offset: 1, reason: "Expecting property name enclosed in double quotes")) {
            try JSONParser.parse("{a:1}")
        }
    }

    @Test("control characters are escaped on output")
    func escaping() {
        #expect(JSONValue.string("a\u{01}\"\\\t").compactString == #""a\u0001\"\\\t""#)
        #expect(JSONValue.object(JSONObject([("k", .double(0.5))])).spacedString == #"{"k": 0.5}"#)
    }
}
