/// A stream of results from the Mistral API: chat chunks, conversation events, …
///
/// It is pull-based: each `next()` reads the HTTP body just far enough to produce one element; there is no
/// intermediate task or buffer. Iterate it once:
///
/// ```swift
/// let stream = try await mistral.chat.stream(model: "mistral-small-latest", messages: [.user("Hi")])
/// for try await chunk in stream {
///     print(chunk.textDelta, terminator: "")
/// }
/// ```
///
/// Breaking out of the loop, dropping the stream, or cancelling the consuming task cancels the HTTP request.
/// A body that ends before the stream's final event throws
/// ``MistralError/streamEndedPrematurely(receivedEvents:reason:)``;
/// an error event inside the stream throws ``MistralError/streamError(_:)``.
///
/// Middlewares observe a stream with ``observing(onElement:onTermination:)``.
public struct MistralStream<Element: Sendable>: AsyncSequence, Sendable {
    public typealias Failure = any Error

    fileprivate let storage: Storage

    /// Creates a stream whose elements come from a closure.
    ///
    /// `makeNext` is called once, when iteration starts, and returns the function that produces each
    /// element (`nil` at the end). Any state it needs (an HTTP body iterator, a parser) lives in that function.
    public init(makeNext: @escaping @Sendable () -> (() async throws -> Element?)) {
        storage = Storage(makeNext: makeNext, onElement: nil, onTermination: nil)
    }

    /// Creates a stream that reads another asynchronous sequence.
    public init<Base: AsyncSequence & Sendable>(_ base: Base) where Base.Element == Element {
        self.init(makeNext: {
            var iterator = base.makeAsyncIterator()
            return { try await iterator.next() }
        })
    }

    /// Creates a stream of these elements.
    public init(elements: [Element]) {
        self.init(makeNext: {
            var remaining = elements[...]
            return { remaining.popFirst() }
        })
    }

    /// Returns a stream with the same elements that reports each element and how it ended.
    ///
    /// `onTermination` is called exactly once: `.finished` after the last element, `.failed` with the
    /// error thrown, `.cancelled` when the consuming task was cancelled, `.abandoned` when the stream or
    /// its iterator is dropped before the end (including never iterated).
    public func observing(
        onElement: (@Sendable (Element) -> Void)? = nil,
        onTermination: @escaping @Sendable (MistralStreamTermination) -> Void
    ) -> MistralStream<Element> {
        let base = self
        return MistralStream(
            storage: Storage(
                makeNext: {
                    var iterator = base.makeAsyncIterator()
                    return { try await iterator.next() }
                },
                onElement: onElement,
                onTermination: onTermination
            )
        )
    }

    /// Returns a stream whose elements are transformed by `transform`.
    public func map<Transformed: Sendable>(
        _ transform: @escaping @Sendable (Element) throws -> Transformed
    ) -> MistralStream<Transformed> {
        let base = self
        return MistralStream<Transformed>(makeNext: {
            var iterator = base.makeAsyncIterator()
            return {
                guard let element = try await iterator.next() else { return nil }
                return try transform(element)
            }
        })
    }

    fileprivate init(storage: Storage) {
        self.storage = storage
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(state: storage.makeIteratorState())
    }

    /// Iterates a ``MistralStream``.
    public struct Iterator: AsyncIteratorProtocol {
        private let state: IteratorState

        fileprivate init(state: IteratorState) {
            self.state = state
        }

        public mutating func next() async throws -> Element? {
            try await state.next()
        }
    }

    /// Shared by all copies of a stream; reports abandonment when the stream is dropped without iterating.
    fileprivate final class Storage: Sendable {
        let makeNext: @Sendable () -> (() async throws -> Element?)
        let onElement: (@Sendable (Element) -> Void)?
        let onTermination: (@Sendable (MistralStreamTermination) -> Void)?
        private let iterationStarted = LockedValue(false)

        init(
            makeNext: @escaping @Sendable () -> (() async throws -> Element?),
            onElement: (@Sendable (Element) -> Void)?,
            onTermination: (@Sendable (MistralStreamTermination) -> Void)?
        ) {
            self.makeNext = makeNext
            self.onElement = onElement
            self.onTermination = onTermination
        }

        func makeIteratorState() -> IteratorState {
            let alreadyStarted = iterationStarted.withLock { started in
                defer { started = true }
                return started
            }
            guard !alreadyStarted else {
                return IteratorState(next: nil, onElement: nil, onTermination: nil)
            }
            return IteratorState(next: makeNext(), onElement: onElement, onTermination: onTermination)
        }

        deinit {
            let started = iterationStarted.withLock { $0 }
            if !started { onTermination?(.abandoned) }
        }
    }

    /// The state of one iteration; reports its termination exactly once, and abandonment on deinit.
    fileprivate final class IteratorState {
        private var nextElement: (() async throws -> Element?)?
        private let onElement: (@Sendable (Element) -> Void)?
        private var onTermination: (@Sendable (MistralStreamTermination) -> Void)?

        init(
            next: (() async throws -> Element?)?,
            onElement: (@Sendable (Element) -> Void)?,
            onTermination: (@Sendable (MistralStreamTermination) -> Void)?
        ) {
            self.nextElement = next
            self.onElement = onElement
            self.onTermination = onTermination
        }

        func next() async throws -> Element? {
            guard let nextElement else { return nil }
            do {
                if let element = try await nextElement() {
                    onElement?(element)
                    return element
                }
                terminate(Task.isCancelled ? .cancelled : .finished)
                return nil
            } catch {
                terminate(MistralStreamTermination.isCancellation(error) ? .cancelled : .failed(error))
                throw error
            }
        }

        private func terminate(_ termination: MistralStreamTermination) {
            nextElement = nil
            let callback = onTermination
            onTermination = nil
            callback?(termination)
        }

        deinit {
            onTermination?(.abandoned)
        }
    }
}
