import OrderedJSON

/// Fine-tuning jobs (deprecated API, `openapi-legacy-with-finetuning.yaml`): `POST /v1/fine_tuning/jobs`
/// (honouring `?dry_run=true`), `GET /v1/fine_tuning/jobs`, `GET /v1/fine_tuning/jobs/{id}`,
/// `POST .../{id}/cancel` and `POST .../{id}/start`. Jobs progress one step per `GET` of the job
/// (see ``FineTuningJobRecord``); success registers an `ft:` model usable in chat (or classifiers).
enum FineTuningRoutes {
    static func register(on router: MockRouter) {
        let service = router.service
        router.add(.post, "/v1/fine_tuning/jobs") { request in
            try await create(try request.json(), dryRun: request.query["dry_run"] == "true", service: service)
        }
        router.add(.get, "/v1/fine_tuning/jobs") { request in
            var jobs = await service.store.withFineTuning { jobs, _ in jobs.newestFirst }
            if let model = request.query["model"] { jobs = jobs.filter { $0.model == model } }
            if let status = request.query["status"] { jobs = jobs.filter { $0.status.rawValue == status } }
            if let suffix = request.query["suffix"] { jobs = jobs.filter { $0.suffix == suffix } }
            let size = max(request.queryInteger("page_size") ?? 100, 1)
            let page = max(request.queryInteger("page") ?? 0, 0)
            let shown = jobs.dropFirst(page * size).prefix(size).map { $0.json(detailed: false) }
            return .json(["data": .array(Array(shown)), "object": "list", "total": .int(jobs.count)])
        }
        router.add(.get, "/v1/fine_tuning/jobs/:job_id") { request in
            .json(try await change(request.parameter("job_id"), service: service, advance).json(detailed: true))
        }
        router.add(.post, "/v1/fine_tuning/jobs/:job_id/cancel") { request in
            let job = try await change(request.parameter("job_id"), service: service) { job, _ in
                if !job.status.isFinal { job.record(.cancellationRequested) }
            }
            return .json(job.json(detailed: true))
        }
        router.add(.post, "/v1/fine_tuning/jobs/:job_id/start") { request in
            let job = try await change(request.parameter("job_id"), service: service) { job, _ in
                if job.status == .validated || job.status == .queued { job.record(.running) }
            }
            return .json(job.json(detailed: true))
        }
    }

    /// One step of a job's deterministic progress; a job reaching `SUCCESS` registers its model.
    @Sendable private static func advance(
        _ job: inout FineTuningJobRecord, _ models: inout RecordTable<FineTunedModelRecord>
    ) {
        switch job.status {
        case .queued:
            job.record(job.autoStart ? .running : .validated)
        case .running, .started, .validating:
            let id = "ft:\(job.model):\(job.suffix ?? "windsock"):\(job.id.prefix(8))"
            job.fineTunedModel = id
            job.trainedTokens = (job.hyperparameters["training_steps"]?.intValue ?? 10) * 1_024
            job.record(.success)
            models.insert(
                FineTunedModelRecord(
                    id: id,
                    root: job.model,
                    job: job.id,
                    createdAt: .now,
                    jobType: job.jobType,
                    classifierTargets: job.classifierTargets
                )
            )
        case .cancellationRequested:
            job.record(.cancelled)
        default:
            break
        }
    }

    private static func change(
        _ id: String,
        service: MockService,
        _ body: @escaping @Sendable (inout FineTuningJobRecord, inout RecordTable<FineTunedModelRecord>) -> Void
    ) async throws -> FineTuningJobRecord {
        let job = await service.store.withFineTuning { jobs, models -> FineTuningJobRecord? in
            guard var job = jobs[id] else { return nil }
            body(&job, &models)
            jobs[id] = job
            return job
        }
        guard let job else { throw MockAPIError.notFound("Fine-tuning job \(id) not found") }
        return job
    }

    private static func create(_ json: JSONValue, dryRun: Bool, service: MockService) async throws -> MockReply {
        let body = try RequestSchemas.createFineTuningJob.validate(json)
        let model = body["model"]?.stringValue ?? ""
        _ = try await service.resolveModel(model, requiring: [.completionChat, .completionFIM, .classification])
        let trainingFiles =
            body["training_files"]?.arrayValue?.compactMap { $0["file_id"]?.stringValue ?? $0.stringValue } ?? []
        let validationFiles = body["validation_files"]?.arrayValue?.compactMap(\.stringValue) ?? []
        var dataTokens = 0
        for fileID in trainingFiles + validationFiles {
            let file = try await FileRoutes.find(fileID, service: service)
            dataTokens += Tokenizer.count(String(decoding: file.bytes, as: UTF8.self))
        }
        var hyperparameters = JSONObject([
            ("training_steps", .null), ("learning_rate", 0.0001), ("weight_decay", 0.1), ("warmup_fraction", 0.05),
            ("epochs", .null), ("seq_len", .null), ("fim_ratio", 0.9),
        ])
        for member in body["hyperparameters"]?.objectValue?.members ?? [] {
            hyperparameters[member.key] = member.value
        }
        let steps = hyperparameters["training_steps"]?.intValue ?? 10
        if dryRun {
            let tokensPerStep = 131_072
            return .json(
                .object(
                    JSONObject([
                        ("expected_duration_seconds", .int(steps * 12)),
                        ("cost", .double(Double(steps * tokensPerStep) / 1_000_000 * 3)),
                        ("cost_currency", "USD"),
                        ("train_tokens_per_step", .int(tokensPerStep)),
                        ("train_tokens", .int(steps * tokensPerStep)),
                        ("data_tokens", .int(dataTokens)),
                        ("estimated_start_time", .null),
                        ("deprecated", true),
                        ("details", ""),
                        ("epochs", .double(Double(steps * tokensPerStep) / Double(max(dataTokens, 1)))),
                        ("training_steps", .int(steps)),
                        ("object", "job.metadata"),
                    ])
                )
            )
        }
        let now = Timestamp.now
        let jobType =
            body["job_type"]?.stringValue ?? (body.present("classifier_targets") != nil ? "classifier" : "completion")
        var job = FineTuningJobRecord(
            id: MockIdentifiers.uuid(),
            model: model,
            autoStart: body["auto_start"]?.boolValue ?? true,
            status: .queued,
            createdAt: now,
            modifiedAt: now,
            trainingFiles: trainingFiles,
            validationFiles: validationFiles,
            suffix: body["suffix"]?.stringValue,
            hyperparameters: hyperparameters,
            jobType: jobType,
            classifierTargets: body["classifier_targets"] ?? .null,
            integrations: body["integrations"] ?? .null
        )
        job.statusHistory = [(.queued, now)]
        let created = job
        await service.store.withFineTuning { jobs, _ in jobs.insert(created) }
        return .json(created.json(detailed: false))
    }
}
