/// How a ``MistralStream`` ended, as reported to observers (exactly once per stream).
public enum MistralStreamTermination: Sendable {
    /// The stream delivered its last element.
    case finished
    /// The stream threw this error.
    case failed(any Error)
    /// The consuming task was cancelled.
    case cancelled
    /// The consumer dropped the stream or its iterator before the end.
    case abandoned
}

extension MistralStreamTermination {
    /// Whether an error is the cancellation of the consuming task.
    static func isCancellation(_ error: any Error) -> Bool {
        if error is CancellationError { return true }
        if case MistralError.cancelled = error { return true }
        return false
    }
}
