import Foundation
import MistralMock
import Testing

@testable import MistralAI

@Suite("Files, batch and fine-tuning against the emulator")
struct JobsIntegrationTests {
    private let trainingData =
        [
            #"{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello!"}]}"#,
            #"{"messages":[{"role":"user","content":"Bye"},{"role":"assistant","content":"Goodbye!"}]}"#,
        ].joined(separator: "\n") + "\n"

    @Test("files: upload, list, retrieve, download, signed URL, delete")
    func files() async throws {
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            let content = Data(trainingData.utf8)
            let file = try await mistral.files.upload(content, fileName: "train.jsonl", purpose: .fineTune)
            #expect(file.filename == "train.jsonl")
            #expect(file.purpose == .fineTune)
            #expect(file.bytes == content.count)
            #expect(file.numLines == 2)

            let list = try await mistral.files.list(FileListRequest(purpose: .fineTune))
            #expect(list.data.contains { $0.id == file.id })
            #expect(try await mistral.files.retrieve(file.id).id == file.id)
            #expect(try await mistral.files.download(file.id) == content)
            let signed = try await mistral.files.signedURL(file.id, expiryHours: 1)
            #expect(!signed.url.isEmpty)

            let deleted = try await mistral.files.delete(file.id)
            #expect(deleted.deleted)
            #expect(deleted.id == file.id)
            await #expect(throws: MistralError.self) {
                _ = try await mistral.files.retrieve(file.id)
            }
        }
    }

    @Test("batch: inline requests run, results download, list, cancel")
    func batch() async throws {
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            let requests = try ["Hello", "Bonjour"].enumerated().map { index, text in
                try BatchRequest(
                    customID: "req-\(index)",
                    body: ChatCompletionRequest(model: "mistral-small-latest", messages: [.user(text)], maxTokens: 20)
                )
            }
            let job = try await mistral.batch.create(
                endpoint: .chatCompletions, model: "mistral-small-latest", requests: requests,
                metadata: ["suite": "tests"])
            #expect(job.totalRequests == 2 || job.status == .queued)
            var current = job
            for _ in 0..<10 where !current.isFinished {
                current = try await mistral.batch.get(job.id)
            }
            #expect(current.status == .success)
            #expect(current.succeededRequests == 2)
            let output = try #require(current.outputFile)
            let lines = String(decoding: try await mistral.files.download(output), as: UTF8.self).split(separator: "\n")
            #expect(lines.count == 2)
            let first = try JSONValue(parsing: String(lines[0]))
            #expect(first["response"]?["status_code"] == 200)
            let body = try #require(first["response"]?["body"])
            #expect(try body.decode(as: ChatCompletionResponse.self).choices.count == 1)

            let listed = try await mistral.batch.list(BatchJobListRequest(status: [.success]))
            #expect(listed.data.contains { $0.id == job.id })

            let second = try await mistral.batch.create(
                endpoint: .embeddings, model: "mistral-embed",
                requests: [BatchRequest(customID: "e", body: ["input": ["x"]])])
            let cancelled = try await mistral.batch.cancel(second.id)
            #expect([BatchJobStatus.cancellationRequested, .cancelled, .success].contains(cancelled.status))
        }
    }

    @Test("fine-tuning: dry run, create, start, get until success, list, cancel; the new model can be deleted")
    func fineTuning() async throws {
        try await MockServerHarness.withServer { baseURL in
            let mistral = MockServerHarness.client(baseURL)
            let file = try await mistral.files.upload(
                Data(trainingData.utf8), fileName: "train.jsonl", purpose: .fineTune)
            let request = FineTuningJobCreationRequest(
                model: "open-mistral-7b",
                trainingFiles: [TrainingFile(fileID: file.id)],
                hyperparameters: FineTuningHyperparameters(trainingSteps: 10, learningRate: 0.0001),
                suffix: "tests",
                autoStart: false
            )
            let estimate = try await mistral.fineTuning.dryRun(request)
            #expect(estimate.trainTokens ?? estimate.dataTokens ?? 0 > 0 || estimate.expectedDurationSeconds != nil)

            let job = try await mistral.fineTuning.create(request)
            #expect(job.model == "open-mistral-7b")
            #expect(job.trainingFiles == [file.id])
            var current = try await mistral.fineTuning.get(job.id)
            #expect(current.status == .validated || current.status == .queued || current.status == .validating)
            current = try await mistral.fineTuning.start(job.id)
            for _ in 0..<10 where current.status != .success {
                current = try await mistral.fineTuning.get(job.id)
            }
            #expect(current.status == .success)
            let model = try #require(current.fineTunedModel)
            #expect(model.hasPrefix("ft:open-mistral-7b:tests:"))
            #expect(current.events?.isEmpty == false)

            #expect(try await mistral.fineTuning.list().data.contains { $0.id == job.id })
            let card = try await mistral.models.retrieve(model)
            #expect(card.type == .fineTuned)
            #expect(try await mistral.models.delete(model).deleted)

            let other = try await mistral.fineTuning.create(request)
            let cancelled = try await mistral.fineTuning.cancel(other.id)
            #expect([FineTuningJobStatus.cancellationRequested, .cancelled].contains(cancelled.status))
        }
    }
}
