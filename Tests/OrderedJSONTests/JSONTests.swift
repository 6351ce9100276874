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

    @Test("large objects keep order, replace and remove by key, and compare by members")
    func largeObjects() {
        var object = JSONObject((0..<1000).map { ("k\($0)", JSONValue.int($0)) })
        object["k500"] = .string("replaced")
        object["k10"] = nil
        object["new"] = .bool(true)
        #expect(object.members.count == 1000)
        #expect(object["k500"] == .string("replaced"))
        #expect(object["k10"] == nil && !object.contains("k10"))
        #expect(object["k11"] == .int(11) && object["k999"] == .int(999))
        #expect(object.keys.prefix(11) == ["k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k11"])
        #expect(object.keys.last == "new")
        object["k11"] = nil
        #expect(object["k12"] == .int(12) && object["new"] == .bool(true))
        let rebuilt = JSONObject(object.members.map { ($0.key, $0.value) })
        #expect(rebuilt == object)
        var small = JSONObject([("a", .int(1)), ("b", .int(2))])
        small["a"] = nil
        #expect(small == JSONObject([("b", .int(2))]))
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

    @Test("invalid UTF-8 in a string is an error, with or without escapes, valid non-ASCII text is kept")
    func invalidUTF8() throws {
        let quote = UInt8(ascii: "\"")
        #expect(throws: JSONParseError(offset: 1, reason: "Invalid UTF-8 in string starting at")) {
            try JSONParser.parse([UInt8(ascii: "["), quote, 0x63, 0xC3, 0x20, 0xFF, quote, UInt8(ascii: "]")])
        }
        #expect(throws: JSONParseError(offset: 0, reason: "Invalid UTF-8 in string starting at")) {
            try JSONParser.parse([quote, UInt8(ascii: "\\"), UInt8(ascii: "n"), 0xFE, quote])
        }
        #expect(try JSONParser.parse(Array("\"café 😀\\n\"".utf8)) == .string("café 😀\n"))
    }

    @Test("control characters are escaped on output")
    func escaping() {
        #expect(JSONValue.string("a\u{01}\"\\\t").compactString == #""a\u0001\"\\\t""#)
        #expect(JSONValue.object(JSONObject([("k", .double(0.5))])).spacedString == #"{"k": 0.5}"#)
    }
}
