import WindsockModel

extension WindsockTracer {
    /// Creates a tracer with its own pipeline and exporter, without installing it (bind it to a task with
    /// `withTracer(_:_:)`, or install it with `InstrumentationSystem.bootstrap(_:)`).
    public init(configuration: WindsockConfiguration) throws {
        var exporters: [any SpanExporter] = []
        switch configuration.destination {
        case .otlp(let otlp):
            exporters.append(
                try OTLPHTTPSpanExporter(
                    configuration: otlp, resource: configuration.resource, logger: configuration.logger))
        case .embeddedStore(let store):
            exporters.append(
                EmbeddedStoreSpanExporter(
                    configuration: store, resource: configuration.resource, prices: configuration.prices,
                    logger: configuration.logger))
        case .console:
            exporters.append(ConsoleSpanExporter())
        case .exporter(let exporter):
            exporters.append(exporter)
        case .none:
            break
        }
        if configuration.printsToConsole, !exporters.contains(where: { $0 is ConsoleSpanExporter }) {
            exporters.append(ConsoleSpanExporter())
        }
        let exporter: (any SpanExporter)? =
            switch exporters.count {
            case 0: nil
            case 1: exporters[0]
            default: FanOutSpanExporter(exporters: exporters)
            }
        self.init(
            pipeline: SpanPipeline(
                exporter: exporter,
                sampler: TraceRatioSampler(ratio: configuration.sampleRatio),
                batch: configuration.batch,
                enrichment: SpanEnrichment(prices: configuration.prices),
                contentPolicy: ContentPolicy(
                    captureContent: configuration.captureContent, redactor: configuration.redactor),
                recentTraceCapacity: configuration.recentTraceCapacity,
                isEnabled: configuration.isEnabled,
                statistics: ExportStatistics(factory: configuration.metricsFactory),
                logger: configuration.logger
            ),
            shutdownTimeout: configuration.shutdownTimeout
        )
    }

    /// Whether new spans are recorded. Turn it off and on at run time (MLflow's `autolog(disable=True)`); spans
    /// started while it is off record nothing, and the Mistral client skips building their attributes.
    public var isEnabled: Bool {
        get { pipeline.isEnabled }
        nonmutating set { pipeline.isEnabled = newValue }
    }

    /// Whether prompts, completions and other content are kept on spans that end from now on.
    public var captureContent: Bool {
        get { pipeline.captureContent }
        nonmutating set { pipeline.captureContent = newValue }
    }

    /// The id of the last trace whose root span ended in this process.
    public var lastTraceID: TraceID? { pipeline.recentTraces.lastFinishedTraceID }

    /// A recent trace with its spans, while it is still in the ring.
    public func trace(id: TraceID) -> RecordedTrace? { pipeline.recentTraces.trace(id) }

    /// The traces in the ring, newest first.
    public func recentTraces() -> [RecordedTrace] { pipeline.recentTraces.all() }

    /// Spans exported, dropped, failed and sampled out so far.
    public var exportCounts: ExportCounts { pipeline.statistics.snapshot }

    /// Exports everything queued and waits for it up to `timeout`; `true` when it was all handed over in time.
    @discardableResult
    public func forceFlush(timeout: Duration) async -> Bool {
        await pipeline.forceFlush(timeout: timeout)
    }

    /// Exports everything queued and releases the exporter, waiting up to `timeout` (the configured
    /// ``WindsockConfiguration/shutdownTimeout`` by default). Spans that end afterwards are dropped and counted.
    @discardableResult
    public func shutdown(timeout: Duration? = nil) async -> Bool {
        await pipeline.shutdown(timeout: timeout ?? shutdownTimeout)
    }
}
