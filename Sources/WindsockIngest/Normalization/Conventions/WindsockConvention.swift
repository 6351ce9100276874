import OrderedJSON
import WindsockModel

/// Windsock's own `windsock.*` attributes (see ``WindsockAttribute``): read first, they win over every other
/// convention.
extension SpanBuilder {
    mutating func applyWindsock(_ attributes: AttributeIndex) {
        guard attributes.has(.windsock) else { return }
        if let kindName = attributes.string(WindsockAttribute.spanKind) {
            Self.fill(&kind, SpanKind(rawValue: kindName.lowercased()))
        }
        Self.fill(&span.costUSD, attributes.double(WindsockAttribute.costUSD))
        Self.fill(&span.timeToFirstTokenMs, attributes.double(WindsockAttribute.timeToFirstTokenMs))
        Self.fill(&span.traceName, attributes.string(WindsockAttribute.traceName))
        Self.fill(&span.userID, attributes.string(WindsockAttribute.userID))
        Self.fill(&span.sessionID, attributes.string(WindsockAttribute.sessionID))
        addTags(attributes.strings(WindsockAttribute.tags) ?? [])
        Self.fill(&span.input, attributes.jsonOrText(WindsockAttribute.input))
        Self.fill(&span.output, attributes.jsonOrText(WindsockAttribute.output))
        if let metadata = attributes.json(WindsockAttribute.metadata)?.objectValue { addMetadata(metadata) }
        let prompt = PromptReference(
            name: attributes.string(WindsockAttribute.promptName),
            version: attributes.string(WindsockAttribute.promptVersion),
            template: attributes.string(WindsockAttribute.promptTemplate),
            variables: attributes.json(WindsockAttribute.promptVariables)?.objectValue
        )
        if !prompt.isEmpty { Self.fill(&span.prompt, prompt) }
    }
}
