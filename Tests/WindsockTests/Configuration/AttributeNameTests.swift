import MistralAI
import Testing
import WindsockIngest

/// The client and the SDK write the `windsock.*` names the server reads.
@Suite struct AttributeNameTests {
    @Test func theClientsNamesAreTheOnesIngestMaps() {
        let pairs: [(String, String)] = [
            (WindsockAttributes.costUSD, WindsockAttribute.costUSD),
            (WindsockAttributes.timeToFirstTokenMs, WindsockAttribute.timeToFirstTokenMs),
            (WindsockAttributes.traceName, WindsockAttribute.traceName),
            (WindsockAttributes.userID, WindsockAttribute.userID),
            (WindsockAttributes.sessionID, WindsockAttribute.sessionID),
            (WindsockAttributes.traceTags, WindsockAttribute.tags),
            (WindsockAttributes.spanKind, WindsockAttribute.spanKind),
            (WindsockAttributes.promptName, WindsockAttribute.promptName),
            (WindsockAttributes.promptVersion, WindsockAttribute.promptVersion),
            (WindsockAttributes.promptTemplate, WindsockAttribute.promptTemplate),
            (WindsockAttributes.promptVariables, WindsockAttribute.promptVariables),
            (WindsockAttributes.input, WindsockAttribute.input),
            (WindsockAttributes.output, WindsockAttribute.output),
            (WindsockAttributes.metadata, WindsockAttribute.metadata),
        ]
        for (client, ingest) in pairs {
            #expect(client == ingest)
        }
    }
}
