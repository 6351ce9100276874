/// Signed download URLs for `GET /v1/files/{id}/url`: the URL points back at the emulator's
/// `/v1/files/{id}/content` with a signature, and works without an API key, like a pre-signed URL.
enum FileURLSigner {
    /// A per-process secret, so signatures cannot be forged from outside.
    private static let secret = MockIdentifiers.uuid()

    /// The signature of `fileID`'s download URL.
    static func signature(for fileID: String) -> String {
        var random = DeterministicRandom(text: secret + "\u{1F}" + fileID)
        return random.hex(count: 32)
    }

    /// The signed URL of `fileID` on the emulator reached at `baseURL`.
    static func url(for fileID: String, baseURL: String, expiryHours: Int) -> String {
        "\(baseURL)/v1/files/\(fileID)/content?expiry=\(expiryHours)&signature=\(signature(for: fileID))"
    }

    /// Whether `request` is a download through a valid signed URL.
    static func isSignedDownload(_ request: MockRequest) -> Bool {
        let parts = request.path.split(separator: "/")
        guard request.method == .get, parts.count == 4, parts[0] == "v1", parts[1] == "files", parts[3] == "content",
            let signature = request.query["signature"]
        else { return false }
        return signature == self.signature(for: String(parts[2]))
    }
}
