/// How the model may use the offered tools.
enum ToolChoice: Sendable, Equatable {
    case auto
    case none
    /// `any` or `required`: a call is mandatory.
    case any
    /// This function must be called.
    case function(String)
}
