import Benchmark
import OverheadFixtures
import Tracing

/// Added time and allocations of tracing, per chat call and per streamed chunk, against an in-process transport
/// that answers at once: traced (Windsock tracer, exporting to a sink) vs untraced (no tracer).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.cpuTotal, .wallClock, .mallocCountTotal, .instructions],
        warmupIterations: 100,
        scalingFactor: .kilo,
        maxDuration: .seconds(5)
    )

    let fixtures: OverheadFixtures
    do {
        fixtures = try OverheadFixtures()
    } catch {
        fatalError("the benchmark tracer could not be made: \(error)")
    }

    Benchmark("chat.complete untraced") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try await fixtures.chat()) }
    }
    Benchmark("chat.complete traced") { benchmark in
        try await withTracer(fixtures.tracer) {
            for _ in benchmark.scaledIterations { blackHole(try await fixtures.chat()) }
        }
    }
    Benchmark("chat.stream 100 chunks untraced", configuration: .init(scalingFactor: .one)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try await fixtures.stream()) }
    }
    Benchmark("chat.stream 100 chunks traced", configuration: .init(scalingFactor: .one)) { benchmark in
        try await withTracer(fixtures.tracer) {
            for _ in benchmark.scaledIterations { blackHole(try await fixtures.stream()) }
        }
    }
}
