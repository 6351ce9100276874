import OrderedJSON

/// Batch jobs: `POST/GET /v1/batch/jobs`, `GET|DELETE /v1/batch/jobs/{id}`, `POST .../{id}/cancel`.
///
/// Jobs progress deterministically, one step per `GET` of the job (see ``BatchJobRecord``); when a job
/// completes, every request is answered by the live endpoint's logic and written to an output file (and
/// an error file for failed requests), one JSON line per request.
enum BatchRoutes {
    static func register(on router: MockRouter) {
        let service = router.service
        router.add(.post, "/v1/batch/jobs") { request in
            try await create(try request.json(), service: service)
        }
        router.add(.get, "/v1/batch/jobs") { request in
            var jobs = await service.store.withBatchJobs { $0.newestFirst }
            if let model = request.query["model"] { jobs = jobs.filter { $0.model == model } }
            if let agent = request.query["agent_id"] { jobs = jobs.filter { $0.agentID == agent } }
            if let status = request.query["status"] {
                let wanted = Set(status.split(separator: ",").map(String.init))
                jobs = jobs.filter { wanted.contains($0.status.rawValue) }
            }
            let size = max(request.queryInteger("page_size") ?? 100, 1)
            let page = max(request.queryInteger("page") ?? 0, 0)
            let shown = jobs.dropFirst(page * size).prefix(size).map(\.json)
            return .json(["data": .array(Array(shown)), "object": "list", "total": .int(jobs.count)])
        }
        router.add(.get, "/v1/batch/jobs/:job_id") { request in
            .json(try await advance(request.parameter("job_id"), service: service).json)
        }
        router.add(.delete, "/v1/batch/jobs/:job_id") { request in
            let id = request.parameter("job_id")
            _ = try await find(id, service: service)
            await service.store.withBatchJobs { $0[id] = nil }
            return .json(["id": .string(id), "object": "batch", "deleted": true])
        }
        router.add(.post, "/v1/batch/jobs/:job_id/cancel") { request in
            let id = request.parameter("job_id")
            let job = await service.store.withBatchJobs { jobs -> BatchJobRecord? in
                guard var job = jobs[id] else { return nil }
                if !job.status.isFinal {
                    job.status = .cancellationRequested
                    jobs[id] = job
                }
                return job
            }
            guard let job else { throw notFound(id) }
            return .json(job.json)
        }
    }

    private static func notFound(_ id: String) -> MockAPIError {
        .notFound("Batch job \(id) not found")
    }

    private static func find(_ id: String, service: MockService) async throws(MockAPIError) -> BatchJobRecord {
        guard let job = await service.store.withBatchJobs({ $0[id] }) else { throw notFound(id) }
        return job
    }

    private static func create(_ json: JSONValue, service: MockService) async throws -> MockReply {
        let body = try RequestSchemas.createBatchJob.validate(json)
        let endpoint = body["endpoint"]?.stringValue ?? ""
        guard BatchEndpoints.handler(for: endpoint) != nil else {
            throw MockAPIError.invalidRequest("Unsupported endpoint for batch jobs: \(endpoint)")
        }
        let inputFiles = body["input_files"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let requests = body["requests"]?.arrayValue
        guard !inputFiles.isEmpty || !(requests ?? []).isEmpty else {
            throw MockAPIError.invalidRequest("Either input_files or requests must be provided")
        }
        let model = body["model"]?.stringValue
        let agentID = body["agent_id"]?.stringValue
        if let model {
            _ = try await service.resolveModel(model, requiring: BatchEndpoints.capability(for: endpoint))
        } else if let agentID {
            _ = try await AgentRoutes.find(agentID, service: service)
        }
        var total = requests?.count ?? 0
        for fileID in inputFiles {
            total += lines(of: try await FileRoutes.find(fileID, service: service)).count
        }
        let job = BatchJobRecord(
            id: MockIdentifiers.uuid(),
            endpoint: endpoint,
            model: model,
            agentID: agentID,
            metadata: body["metadata"] ?? .null,
            inputFiles: inputFiles,
            inlineRequests: requests,
            createdAt: .now,
            totalRequests: total
        )
        await service.store.withBatchJobs { $0.insert(job) }
        return .json(job.json)
    }

    /// Moves the job one step forward and returns it.
    private static func advance(_ id: String, service: MockService) async throws -> BatchJobRecord {
        let (job, mustRun) = await service.store.withBatchJobs { jobs -> (BatchJobRecord?, Bool) in
            guard var job = jobs[id] else { return (nil, false) }
            switch job.status {
            case .queued:
                job.status = .running
                job.startedAt = .now
            case .cancellationRequested:
                job.status = .cancelled
                job.completedAt = .now
            case .running:
                return (job, true)
            default:
                break
            }
            jobs[id] = job
            return (job, false)
        }
        guard var job else { throw notFound(id) }
        guard mustRun else { return job }
        try await execute(&job, service: service)
        let finished = job
        return await service.store.withBatchJobs { jobs -> BatchJobRecord in
            guard let current = jobs[id], current.status == .running else { return jobs[id] ?? finished }
            jobs[id] = finished
            return finished
        }
    }

    /// Answers every request of the job and records the output (and error) files.
    private static func execute(_ job: inout BatchJobRecord, service: MockService) async throws {
        var requests = job.inlineRequests ?? []
        var invalidLines = 0
        for fileID in job.inputFiles {
            for line in lines(of: try await FileRoutes.find(fileID, service: service)) {
                if let value = try? JSONParser.parse(line) {
                    requests.append(value)
                } else {
                    invalidLines += 1
                }
            }
        }
        var outputs: [JSONValue] = []
        var failures: [JSONValue] = []
        var random = DeterministicRandom(text: "batch\u{1F}" + job.id)
        for request in requests {
            var body = request["body"]?.objectValue ?? JSONObject()
            if job.endpoint == "/v1/agents/completions" {
                body["agent_id"] = body["agent_id"] ?? job.agentID.map(JSONValue.string)
            } else {
                body["model"] = body["model"] ?? job.model.map(JSONValue.string)
            }
            let result = await BatchEndpoints.run(body, endpoint: job.endpoint, service: service)
            let succeeded = (200..<300).contains(result.status)
            let line: JSONValue = .object(
                JSONObject([
                    ("id", .string("batch-" + random.hex(count: 32))),
                    ("custom_id", request["custom_id"] ?? .null),
                    ("response", ["status_code": .int(result.status), "body": result.body]),
                    (
                        "error",
                        succeeded ? .null : ["message": result.body["message"] ?? .null, "code": .int(result.status)]
                    ),
                ])
            )
            if succeeded { outputs.append(line) } else { failures.append(line) }
        }
        let now = Timestamp.now
        job.succeededRequests = outputs.count
        job.failedRequests = failures.count + invalidLines
        job.totalRequests = requests.count + invalidLines
        if invalidLines > 0 {
            job.errors = [["message": "Invalid JSON line in input file", "count": .int(invalidLines)]]
        }
        job.outputFile = await writeFile(outputs, name: "\(job.id).jsonl", sampleType: "batch_result", service: service)
        if !failures.isEmpty {
            job.errorFile = await writeFile(
                failures, name: "\(job.id)_error.jsonl", sampleType: "batch_error", service: service)
        }
        if job.inlineRequests != nil {
            job.outputs = outputs + failures
        }
        job.status = .success
        job.completedAt = now
    }

    private static func writeFile(_ lines: [JSONValue], name: String, sampleType: String, service: MockService) async
        -> String
    {
        let text = lines.map(\.compactString).joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
        let file = FileRecord(
            id: MockIdentifiers.uuid(),
            filename: name,
            purpose: "batch",
            sampleType: sampleType,
            source: "mistral",
            mimeType: "application/jsonl",
            bytes: Array(text.utf8),
            createdAt: .now
        )
        await service.store.withFiles { $0.insert(file) }
        return file.id
    }

    private static func lines(of file: FileRecord) -> [String] {
        String(decoding: file.bytes, as: UTF8.self)
            .split(whereSeparator: \.isNewline)
            .map(String.init)
            .filter { !$0.trimmingWhitespace.isEmpty }
    }
}
