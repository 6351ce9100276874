import Testing
import WindsockIngest

@testable import WindsockServer

@Suite("google.rpc.Status bodies")
struct OTLPStatusTests {
    @Test("protobuf encoding is field 1 varint and field 2 string")
    func protobuf() {
        let status = OTLPStatus(httpStatus: .unauthorized, message: "no")
        #expect(status.code == 16)
        #expect(status.encoded(as: .protobuf) == [0x08, 16, 0x12, 2, UInt8(ascii: "n"), UInt8(ascii: "o")])
    }

    @Test("long messages use multi-byte lengths")
    func longMessage() {
        let message = String(repeating: "x", count: 300)
        let bytes = OTLPStatus(httpStatus: .badRequest, message: message).encoded(as: .protobuf)
        #expect(Array(bytes.prefix(5)) == [0x08, 3, 0x12, 0xAC, 0x02])
        #expect(bytes.count == 5 + 300)
    }

    @Test("JSON encoding")
    func json() {
        let bytes = OTLPStatus(httpStatus: .serviceUnavailable, message: "busy").encoded(as: .json)
        #expect(String(decoding: bytes, as: UTF8.self) == #"{"code":14,"message":"busy"}"#)
    }
}
