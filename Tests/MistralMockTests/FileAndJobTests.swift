import OrderedJSON
import Testing

@testable import MistralMock

@Suite("Files, batch jobs and fine-tuning jobs")
struct FileAndJobTests {
    static let batchLines =
        #"{"custom_id":"first","body":{"messages":[{"role":"user","content":"Say one"}]}}"# + "\n"
        + #"{"custom_id":"second","body":{"messages":[{"role":"user","content":"Say two"}]}}"# + "\n"
        + #"{"custom_id":"bad","body":{"model":"nope","messages":[{"role":"user","content":"hi"}]}}"# + "\n"

    /// Uploads `content` as a multipart form and returns the file object.
    static func upload(_ server: MockServerHarness, name: String, content: String, purpose: String) async throws
        -> JSONValue
    {
        let boundary = "----windsock-test-boundary"
        let body =
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\n\(purpose)\r\n"
            + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n\(content)\r\n--\(boundary)--\r\n"
        let response = try await server.send(
            "POST",
            "/v1/files",
            body: Array(body.utf8),
            headers: [("Content-Type", "multipart/form-data; boundary=\(boundary)")]
        )
        #expect(response.status == 200)
        return try response.json()
    }

    @Test("upload, list, retrieve, download, signed URL without a key, and delete")
    func files() async throws {
        try await withMockServer { server in
            let file = try await Self.upload(server, name: "input.jsonl", content: Self.batchLines, purpose: "batch")
            let id = try #require(file["id"]?.stringValue)
            #expect(id.count == 36)
            #expect(file["object"] == "file")
            #expect(file["bytes"]?.intValue == Self.batchLines.utf8.count)
            #expect(file["purpose"] == "batch")
            #expect(file["sample_type"] == "batch_request")
            #expect(file["num_lines"] == 3)
            #expect(file["source"] == "upload")
            let list = try await server.get("/v1/files").json()
            #expect(list["total"] == 1)
            #expect(try await server.get("/v1/files/\(id)").json()["deleted"] == false)
            #expect(try await server.get("/v1/files/\(id)/content").text == Self.batchLines)
            let url = try #require(try await server.get("/v1/files/\(id)/url?expiry=2").json()["url"]?.stringValue)
            let pathStart = try #require(url.firstRange(of: "/v1/files/"))
            let signed = try await server.send("GET", String(url[pathStart.lowerBound...]), authorization: nil)
            #expect(signed.text == Self.batchLines)
            let forged = try await server.send("GET", "/v1/files/\(id)/content?signature=abc", authorization: nil)
            #expect(forged.status == 401)
            let deleted = try await server.delete("/v1/files/\(id)").json()
            #expect(deleted == ["id": .string(id), "object": "file", "deleted": true])
            #expect(try await server.get("/v1/files/\(id)").status == 404)
        }
    }

    @Test("a batch job progresses QUEUED, RUNNING, SUCCESS and writes one output line per request")
    func batchFromFile() async throws {
        try await withMockServer { server in
            let file = try await Self.upload(server, name: "input.jsonl", content: Self.batchLines, purpose: "batch")
            let created = try await server.post(
                "/v1/batch/jobs",
                json: [
                    "input_files": [file["id"] ?? nil], "endpoint": "/v1/chat/completions",
                    "model": "mistral-small-latest",
                ]
            ).json()
            #expect(created["status"] == "QUEUED")
            #expect(created["total_requests"] == 3)
            let id = try #require(created["id"]?.stringValue)
            #expect(try await server.get("/v1/batch/jobs/\(id)").json()["status"] == "RUNNING")
            let done = try await server.get("/v1/batch/jobs/\(id)").json()
            #expect(done["status"] == "SUCCESS")
            #expect(done["succeeded_requests"] == 2)
            #expect(done["failed_requests"] == 1)
            #expect(done["completed_requests"] == 3)
            let output = try #require(done["output_file"]?.stringValue)
            let lines = try await server.get("/v1/files/\(output)/content").text.split(separator: "\n").map {
                try JSONParser.parse(String($0))
            }
            #expect(lines.map { $0["custom_id"] } == ["first", "second"])
            #expect(lines[0]["response"]?["status_code"] == 200)
            #expect(lines[0]["response"]?["body"]?["choices"]?.arrayValue?.first?["message"]?["content"] == "one")
            let errors = try #require(done["error_file"]?.stringValue)
            let errorLine = try JSONParser.parse(
                try await server.get("/v1/files/\(errors)/content").text.trimmingWhitespace)
            #expect(errorLine["response"]?["status_code"] == 400)
            #expect(try await server.get("/v1/batch/jobs").json()["total"] == 1)
        }
    }

    @Test("inline requests produce outputs; cancelling moves through CANCELLATION_REQUESTED to CANCELLED")
    func inlineAndCancel() async throws {
        try await withMockServer { server in
            let body: JSONValue = [
                "requests": [["custom_id": "a", "body": ["input": "hello"]]], "endpoint": "/v1/embeddings",
                "model": "mistral-embed",
            ]
            let created = try await server.post("/v1/batch/jobs", json: body).json()
            let id = try #require(created["id"]?.stringValue)
            _ = try await server.get("/v1/batch/jobs/\(id)")
            let done = try await server.get("/v1/batch/jobs/\(id)").json()
            #expect(done["outputs"]?.arrayValue?.first?["response"]?["body"]?["data"]?.arrayValue?.count == 1)

            let other = try await server.post("/v1/batch/jobs", json: body).json()
            let otherID = try #require(other["id"]?.stringValue)
            #expect(
                try await server.post("/v1/batch/jobs/\(otherID)/cancel", json: [:]).json()["status"]
                    == "CANCELLATION_REQUESTED")
            #expect(try await server.get("/v1/batch/jobs/\(otherID)").json()["status"] == "CANCELLED")
            let unsupported = try await server.post(
                "/v1/batch/jobs", json: ["endpoint": "/v1/nope", "requests": [["body": [:]]]])
            #expect(unsupported.status == 400)
        }
    }

    @Test("fine-tuning: dry_run metadata, progress to SUCCESS, the ft model answers chat and can be deleted")
    func fineTuning() async throws {
        try await withMockServer { server in
            let file = try await Self.upload(
                server,
                name: "train.jsonl",
                content: #"{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]}"#,
                purpose: "fine-tune"
            )
            let body: JSONValue = [
                "model": "open-mistral-7b", "training_files": [["file_id": file["id"] ?? nil, "weight": 1]],
                "hyperparameters": ["training_steps": 5], "suffix": "demo",
            ]
            let dryRun = try await server.post("/v1/fine_tuning/jobs?dry_run=true", json: body).json()
            #expect(dryRun["object"] == "job.metadata")
            #expect(dryRun["training_steps"] == 5)
            #expect((dryRun["data_tokens"]?.intValue ?? 0) > 0)
            #expect(try await server.get("/v1/fine_tuning/jobs").json()["total"] == 0)

            let job = try await server.post("/v1/fine_tuning/jobs", json: body).json()
            #expect(job["status"] == "QUEUED")
            #expect(job["object"] == "job")
            let id = try #require(job["id"]?.stringValue)
            #expect(try await server.get("/v1/fine_tuning/jobs/\(id)").json()["status"] == "RUNNING")
            let done = try await server.get("/v1/fine_tuning/jobs/\(id)").json()
            #expect(done["status"] == "SUCCESS")
            let model = try #require(done["fine_tuned_model"]?.stringValue)
            #expect(model.hasPrefix("ft:open-mistral-7b:demo:"))
            #expect(done["events"]?.arrayValue?.count == 3)

            let chat = try await server.post("/v1/chat/completions", json: chatBody("Say tuned", model: model)).json()
            #expect(chat["model"] == .string(model))
            #expect(try await server.get("/v1/models/\(model)").json()["type"] == "fine-tuned")
            #expect(try await server.delete("/v1/models/\(model)").json()["deleted"] == true)
            #expect(try await server.post("/v1/chat/completions", json: chatBody("hi", model: model)).status == 400)
        }
    }

    @Test("a job created without auto_start waits in VALIDATED until started")
    func manualStart() async throws {
        try await withMockServer { server in
            let body: JSONValue = ["model": "mistral-small-latest", "hyperparameters": [:], "auto_start": false]
            let job = try await server.post("/v1/fine_tuning/jobs", json: body).json()
            let id = try #require(job["id"]?.stringValue)
            #expect(try await server.get("/v1/fine_tuning/jobs/\(id)").json()["status"] == "VALIDATED")
            #expect(try await server.get("/v1/fine_tuning/jobs/\(id)").json()["status"] == "VALIDATED")
            #expect(try await server.post("/v1/fine_tuning/jobs/\(id)/start", json: [:]).json()["status"] == "RUNNING")
            #expect(try await server.get("/v1/fine_tuning/jobs/\(id)").json()["status"] == "SUCCESS")
        }
    }
}
