/// How a request parameter is named in ``Span/parameters`` when it comes from a `gen_ai.request.*` (or
/// `gen_ai.openai.request.*`) attribute: the GenAI conventions' names mapped to Mistral's, dots turned into
/// underscores. Shared by the ingest's normalisation and the store, which derives the parameters back from the
/// raw attributes when they match.
public enum GenAIParameterName {
    /// The parameter name for `name`, the part of the attribute's name after its `…request.` prefix.
    public static func parameter(forRequestAttribute name: Substring) -> String {
        switch name {
        case "seed": "random_seed"
        case "stop_sequences": "stop"
        case "choice.count": "n"
        case "encoding_formats": "encoding_format"
        default: name.utf8.contains(UInt8(ascii: ".")) ? String(name.map { $0 == "." ? "_" : $0 }) : String(name)
        }
    }
}
