import NIOCore
import ServiceLifecycle

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the demo's in-process services report while they start and run.
enum DemoEvent: Sendable {
    /// The Windsock server is listening on this port.
    case serverStarted(port: Int)
    /// The Mistral emulator is listening on this port.
    case mockStarted(port: Int)
    /// A service stopped with an error (before or after it started).
    case failed(service: String, error: any Error)
}

/// Recognises a bind failure on a port that is already taken, to say so plainly.
enum PortInUse {
    /// Whether `error` (or the text of it) is EADDRINUSE.
    static func matches(_ error: any Error) -> Bool {
        if let ioError = error as? IOError, ioError.errnoCode == EADDRINUSE { return true }
        let text = String(describing: error)
        return text.contains("Address already in use") || text.contains("EADDRINUSE")
    }

    /// The message for `service` failing to bind `host:port`.
    static func message(service: String, host: String, port: Int, flag: String) -> String {
        """
        Port \(port) on \(host) is already in use, so the \(service) cannot start.
        Stop whatever holds it (another `windsock server` or `windsock demo`?), or pick another port with \(flag) \
        (0 picks a free one).
        """
    }
}
