import Foundation

extension Mistral {
    /// Files: `mistral.files`.
    public struct Files: Sendable {
        let runtime: MistralRuntime

        /// Uploads a file.
        public func upload(_ request: FileUploadRequest) async throws -> MistralFile {
            let (body, contentType) = request.multipartBody()
            return try await runtime.send(
                .filesUpload, request: request, payload: .bytes(body, contentType: contentType))
        }

        /// Uploads a file.
        ///
        /// ```swift
        /// let file = try await mistral.files.upload(Data(jsonl.utf8), fileName: "batch.jsonl", purpose: .batch)
        /// ```
        public func upload(_ content: Data, fileName: String, purpose: FilePurpose? = nil) async throws -> MistralFile {
            try await upload(FileUploadRequest(content: content, fileName: fileName, purpose: purpose))
        }

        /// Uploads the file at a local URL.
        public func upload(contentsOf fileURL: URL, purpose: FilePurpose? = nil) async throws -> MistralFile {
            let content: Data
            do {
                content = try Data(contentsOf: fileURL)
            } catch {
                throw MistralError.invalidRequest("could not read \(fileURL.lastPathComponent): \(error)")
            }
            return try await upload(content, fileName: fileURL.lastPathComponent, purpose: purpose)
        }

        /// Lists files.
        public func list(_ request: FileListRequest = FileListRequest()) async throws -> FileList {
            try await runtime.send(.filesList, query: request.queryItems, request: request, payload: .empty)
        }

        /// Gets a file's details.
        public func retrieve(_ fileID: String) async throws -> MistralFile {
            try await runtime.send(.filesRetrieve, path: Self.path(fileID), request: nil)
        }

        /// Deletes a file.
        public func delete(_ fileID: String) async throws -> DeletionStatus {
            try await runtime.send(.filesDelete, path: Self.path(fileID), request: nil)
        }

        /// Downloads a file's content.
        public func download(_ fileID: String) async throws -> Data {
            try await runtime.download(.filesDownload, path: Self.path(fileID) + "/content")
        }

        /// A temporary URL to download a file, valid for `expiryHours` (24 by default).
        public func signedURL(_ fileID: String, expiryHours: Int? = nil) async throws -> FileSignedURL {
            var query = QueryBuilder()
            query.add("expiry", expiryHours)
            return try await runtime.send(
                .filesSignedURL,
                path: Self.path(fileID) + "/url",
                query: query.items,
                request: nil
            )
        }

        private static func path(_ fileID: String) -> String {
            "/v1/files/\(MistralBaseURL.pathSegment(fileID))"
        }
    }
}
