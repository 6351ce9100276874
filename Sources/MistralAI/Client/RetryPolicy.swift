import Foundation

/// When and how the client retries a failed request.
///
/// By default it makes up to 3 attempts on 429, 500, 502, 503, 504 and connection failures, waiting
/// 0.5 s, then 1 s (exponential backoff, capped at `maximumBackoff`, each delay reduced by up to `jitter`
/// of itself at random). A `Retry-After` header (seconds or HTTP date) replaces the computed delay; when it
/// asks for longer than `maximumRetryAfter`, the error is thrown at once.
///
/// Streams are retried only before their first byte: once a stream has been returned, it is never replayed.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in total, the first included (1 disables retries).
    public var maxAttempts: Int
    /// The delay before the first retry.
    public var initialBackoff: Duration
    /// The largest computed delay.
    public var maximumBackoff: Duration
    /// The factor between consecutive delays.
    public var multiplier: Double
    /// The fraction (0...1) of each delay that is randomised away.
    public var jitter: Double
    /// HTTP statuses that are retried.
    public var retryableStatuses: Set<Int>
    /// Whether connection failures are retried.
    public var retryConnectionFailures: Bool
    /// Whether timeouts are retried.
    public var retryTimeouts: Bool
    /// Whether a `Retry-After` header sets the delay.
    public var honorRetryAfter: Bool
    /// The longest `Retry-After` the client waits for; longer ones end the retries.
    public var maximumRetryAfter: Duration

    public init(
        maxAttempts: Int = 3,
        initialBackoff: Duration = .milliseconds(500),
        maximumBackoff: Duration = .seconds(30),
        multiplier: Double = 2,
        jitter: Double = 0.25,
        retryableStatuses: Set<Int> = [429, 500, 502, 503, 504],
        retryConnectionFailures: Bool = true,
        retryTimeouts: Bool = false,
        honorRetryAfter: Bool = true,
        maximumRetryAfter: Duration = .seconds(60)
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.initialBackoff = initialBackoff
        self.maximumBackoff = maximumBackoff
        self.multiplier = multiplier
        self.jitter = min(max(jitter, 0), 1)
        self.retryableStatuses = retryableStatuses
        self.retryConnectionFailures = retryConnectionFailures
        self.retryTimeouts = retryTimeouts
        self.honorRetryAfter = honorRetryAfter
        self.maximumRetryAfter = maximumRetryAfter
    }

    /// Up to 3 attempts; see the type's documentation.
    public static let `default` = RetryPolicy()

    /// A single attempt.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// Whether `error` may be retried under this policy (attempts left aside).
    public func isRetryable(_ error: any Error) -> Bool {
        guard let error = error as? MistralError else { return false }
        switch error {
        case .api(let apiError): return retryableStatuses.contains(apiError.status)
        case .connection: return retryConnectionFailures
        case .timeout: return retryTimeouts
        default: return false
        }
    }

    /// The delay before attempt `attempt + 1` after `error` on attempt `attempt` (1-based), or `nil` when
    /// the request must not be retried.
    public func delay(
        afterAttempt attempt: Int,
        error: any Error,
        random: Double = Double.random(in: 0...1)
    ) -> Duration? {
        guard attempt < maxAttempts, isRetryable(error) else { return nil }
        if honorRetryAfter, case MistralError.api(let apiError) = error, let retryAfter = apiError.retryAfter {
            return retryAfter <= maximumRetryAfter ? retryAfter : nil
        }
        let exponent = Double(max(0, attempt - 1))
        let base = min(initialBackoff.seconds * pow(Swift.max(multiplier, 1), exponent), maximumBackoff.seconds)
        let jittered = base * (1 - jitter * min(max(random, 0), 1))
        return .milliseconds((jittered * 1000).rounded())
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
