import NIOCore
import NIOPosix

/// A minimal HTTP/1.1 client over a raw NIO channel (one request per connection, `Connection: close`).
enum RawHTTPClient {
    /// Sends one request to `127.0.0.1:port` and reads until the server closes the connection.
    static func send(
        port: Int,
        method: String,
        path: String,
        headers: [(String, String)] = [],
        body: [UInt8] = []
    ) async throws -> RawHTTPResponse {
        var request = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers {
            request += "\(name): \(value)\r\n"
        }
        if !body.isEmpty || method == "POST" || method == "PATCH" {
            request += "Content-Length: \(body.count)\r\n"
        }
        request += "\r\n"
        let bytes = Array(request.utf8) + body
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        var received: [UInt8] = []
        var arrivals: [Duration] = []
        try await channel.executeThenClose { inbound, outbound in
            let clock = ContinuousClock()
            let start = clock.now
            try await outbound.write(ByteBuffer(bytes: bytes))
            do {
                for try await buffer in inbound {
                    arrivals.append(clock.now - start)
                    received += Array(buffer.readableBytesView)
                }
            } catch {
                // A reset connection ends the exchange like a close: what arrived is what the test checks.
            }
        }
        return try parse(received, arrivals: arrivals)
    }

    /// Parses raw response bytes.
    static func parse(_ bytes: [UInt8], arrivals: [Duration]) throws -> RawHTTPResponse {
        guard let headerEnd = find([13, 10, 13, 10], in: bytes, from: 0) else {
            throw RawHTTPError.noHeaders(String(decoding: bytes, as: UTF8.self))
        }
        let head = String(decoding: bytes[0..<headerEnd], as: UTF8.self).split(separator: "\r\n").map(String.init)
        guard let statusLine = head.first, statusLine.split(separator: " ").count >= 2,
            let status = Int(statusLine.split(separator: " ")[1])
        else { throw RawHTTPError.noHeaders(head.first ?? "") }
        let headers = head.dropFirst().compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let value = line[line.index(after: colon)...].drop { $0 == " " }
            return (line[..<colon].lowercased(), String(value))
        }
        let rest = Array(bytes[(headerEnd + 4)...])
        let isChunked = headers.contains { $0.name == "transfer-encoding" && $0.value.lowercased().contains("chunked") }
        if isChunked {
            let (body, complete) = dechunk(rest)
            return RawHTTPResponse(
                status: status, headers: headers, body: body, isComplete: complete, arrivals: arrivals)
        }
        let length = headers.first { $0.name == "content-length" }.flatMap { Int($0.value) } ?? rest.count
        return RawHTTPResponse(
            status: status,
            headers: headers,
            body: Array(rest.prefix(length)),
            isComplete: rest.count >= length,
            arrivals: arrivals
        )
    }

    private static func dechunk(_ bytes: [UInt8]) -> (body: [UInt8], complete: Bool) {
        var body: [UInt8] = []
        var index = 0
        while let lineEnd = find([13, 10], in: bytes, from: index) {
            let sizeText = String(decoding: bytes[index..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText, radix: 16) else { return (body, false) }
            if size == 0 { return (body, true) }
            let start = lineEnd + 2
            guard start + size <= bytes.count else {
                body += bytes[start...]
                return (body, false)
            }
            body += bytes[start..<start + size]
            index = start + size + 2
        }
        return (body, false)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count)
        where haystack[index..<index + needle.count].elementsEqual(needle) {
            return index
        }
        return nil
    }
}
