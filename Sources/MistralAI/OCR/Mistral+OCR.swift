extension Mistral {
    /// Document OCR: `mistral.ocr`.
    public struct OCR: Sendable {
        let runtime: MistralRuntime

        /// Reads a document.
        public func process(_ request: OCRRequest) async throws -> OCRResponse {
            try await runtime.send(.ocrProcess, request: request)
        }

        /// Reads a document.
        ///
        /// ```swift
        /// let result = try await mistral.ocr.process(
        ///     model: "mistral-ocr-latest",
        ///     document: .documentURL("https://arxiv.org/pdf/2201.04234")
        /// )
        /// print(result.markdown)
        /// ```
        public func process(
            model: String,
            document: OCRDocument,
            pages: [Int]? = nil,
            includeImageBase64: Bool? = nil
        ) async throws -> OCRResponse {
            try await process(
                OCRRequest(model: model, document: document, pages: pages, includeImageBase64: includeImageBase64)
            )
        }
    }
}
