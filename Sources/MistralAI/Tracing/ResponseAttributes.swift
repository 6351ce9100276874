import Tracing

/// The attributes of a call's answer: response id and model, finish reasons, usage, output, ids and statuses.
enum ResponseAttributes {
    static func record(_ response: any Sendable, on span: any Span, captureContent: Bool) {
        span.edit { attributes in write(response, into: &attributes, captureContent: captureContent) }
    }

    /// Adds the response's attributes to `attributes` (the span's own, edited in place under its lock).
    private static func write(_ response: any Sendable, into attributes: inout SpanAttributes, captureContent: Bool) {
        func set(_ name: String, _ value: SpanAttribute?) {
            if let value { attributes.set(name, value: value) }
        }
        func content(_ name: String, json: @autoclosure () -> String) {
            if captureContent { attributes.set(name, value: .string(json())) }
        }
        func usage(_ usage: UsageInfo?) {
            guard let usage else { return }
            set(GenAIAttributes.usageInputTokens, .int64(Int64(usage.promptTokens)))
            set(GenAIAttributes.usageOutputTokens, .int64(Int64(usage.completionTokens)))
        }

        switch response {
        case let chat as ChatCompletionResponse:
            set(GenAIAttributes.responseID, .string(chat.id))
            set(GenAIAttributes.responseModel, .string(chat.model))
            // A choice without a finish reason (a stream cut short) has none to report, not an empty one.
            let reasons = chat.choices.compactMap { $0.finishReason?.rawValue }
            if !reasons.isEmpty { set(GenAIAttributes.responseFinishReasons, .stringArray(reasons)) }
            usage(chat.usage)
            content(GenAIAttributes.outputMessages, json: GenAIMessages.output(chat.choices))
        case let embeddings as EmbeddingResponse:
            set(GenAIAttributes.responseID, .string(embeddings.id))
            set(GenAIAttributes.responseModel, .string(embeddings.model))
            if let usage = embeddings.usage {
                set(GenAIAttributes.usageInputTokens, .int64(Int64(usage.promptTokens)))
            }
            if let first = embeddings.data.first {
                set(GenAIAttributes.embeddingsDimensionCount, .int64(Int64(first.embedding.count)))
            }
        case let conversation as ConversationResponse:
            set(GenAIAttributes.conversationID, .string(conversation.conversationID))
            usage(conversation.usage)
            let models = conversation.outputs.compactMap { entry -> String? in
                if case .messageOutput(let output) = entry { return output.model }
                return nil
            }
            if let model = models.first {
                set(GenAIAttributes.responseModel, .string(model))
            }
            content(GenAIAttributes.outputMessages, json: ConversationGenAIMessages.messages(conversation.outputs))
        case let ocr as OCRResponse:
            set(GenAIAttributes.responseModel, .string(ocr.model))
            set(WindsockAttributes.ocrPages, .int64(Int64(ocr.usageInfo?.pagesProcessed ?? ocr.pages.count)))
            set(WindsockAttributes.ocrDocumentSizeBytes, ocr.usageInfo?.docSizeBytes.map { .int64(Int64($0)) })
            content(WindsockAttributes.output, json: JSONTextWriter.text(string: ocr.markdown))
        case let moderation as ModerationResponse:
            set(GenAIAttributes.responseID, .string(moderation.id))
            set(GenAIAttributes.responseModel, .string(moderation.model))
            let flagged = Set(moderation.results.flatMap(\.flaggedCategories)).sorted()
            set(WindsockAttributes.flaggedCategories, .stringArray(flagged))
        case let classification as ClassificationResponse:
            set(GenAIAttributes.responseID, .string(classification.id))
            set(GenAIAttributes.responseModel, .string(classification.model))
            let labels = classification.results.flatMap { result in
                result.sorted { $0.key < $1.key }.compactMap { target, value in value.topLabel.map { "\(target):\($0)" }
                }
            }
            set(WindsockAttributes.flaggedCategories, .stringArray(labels))
        case let agent as Agent:
            set(GenAIAttributes.agentID, .string(agent.id))
            set(GenAIAttributes.agentName, .string(agent.name))
            set(GenAIAttributes.requestModel, .string(agent.model))
        case let job as BatchJob:
            set(WindsockAttributes.jobID, .string(job.id))
            set(WindsockAttributes.jobStatus, .string(job.status.rawValue))
            set(GenAIAttributes.requestModel, job.model.map { .string($0) })
            set("windsock.batch.total_requests", .int64(Int64(job.totalRequests)))
            set("windsock.batch.failed_requests", .int64(Int64(job.failedRequests)))
        case let job as FineTuningJob:
            set(WindsockAttributes.jobID, .string(job.id))
            set(WindsockAttributes.jobStatus, .string(job.status.rawValue))
            set(GenAIAttributes.requestModel, .string(job.model))
            set(WindsockAttributes.jobTrainedTokens, job.trainedTokens.map { .int64(Int64($0)) })
            set("windsock.job.fine_tuned_model", job.fineTunedModel.map { .string($0) })
            set(
                WindsockAttributes.jobHyperparameters,
                job.hyperparameters.flatMap { JSONTextWriter.text(encoding: $0) }.map { .string($0) })
        case let file as MistralFile:
            set(WindsockAttributes.fileID, .string(file.id))
            set("windsock.file.purpose", .string(file.purpose.rawValue))
            set("windsock.file.size_bytes", .int64(Int64(file.bytes)))
        case let model as ModelCard:
            set(GenAIAttributes.responseModel, .string(model.id))
        default:
            break
        }
    }
}
