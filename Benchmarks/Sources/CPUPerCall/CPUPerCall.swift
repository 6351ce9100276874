import Foundation
import OverheadFixtures
import Tracing

/// Added CPU time per traced call, measured with the process's CPU clock (every thread, nanoseconds): `calls`
/// chat completions and `calls / 50` streams of 100 chunks, untraced then traced, five rounds; the traced runs
/// end with a flush of the tracer, so that the background batching and export count too.
///
///     swift run -c release cpu-per-call [calls]     # default 100,000
///
/// `cpu-per-call [calls] traced|untraced` runs only that many chat calls, traced or not, once: a loop to
/// profile (`perf record`) on its own.
@main
struct CPUPerCall {
    static func main() async throws {
        let arguments = CommandLine.arguments.dropFirst()
        let calls = arguments.first.flatMap { Int($0) } ?? 100_000
        let streams = max(1, calls / 50)
        let fixtures = try OverheadFixtures()
        if let mode = arguments.dropFirst().first {
            guard mode == "traced" || mode == "untraced" else {
                throw ProfileModeError(mode: mode)
            }
            let microseconds = try await cpu(fixtures, traced: mode == "traced", calls: calls, streams: 0)
            print("RESULT mode=\(mode) cpu_us_per_call=\(format(microseconds / Double(calls))) calls=\(calls)")
            return
        }
        // Warm-up: caches, lazily made metadata, the tracer's queues.
        try await run(fixtures, traced: false, calls: 2_000, streams: 40)
        try await run(fixtures, traced: true, calls: 2_000, streams: 40)

        var chatAdded: [Double] = []
        var chunkAdded: [Double] = []
        print("round  chat untraced  chat traced  added/call  stream untraced  stream traced  added/chunk")
        for round in 1...5 {
            let untracedChat = try await cpu(fixtures, traced: false, calls: calls, streams: 0)
            let tracedChat = try await cpu(fixtures, traced: true, calls: calls, streams: 0)
            let untracedStream = try await cpu(fixtures, traced: false, calls: 0, streams: streams)
            let tracedStream = try await cpu(fixtures, traced: true, calls: 0, streams: streams)
            let chatUntraced = untracedChat / Double(calls)
            let chatTraced = tracedChat / Double(calls)
            let streamUntraced = untracedStream / Double(streams)
            let streamTraced = tracedStream / Double(streams)
            let perChunk = (streamTraced - streamUntraced - (chatTraced - chatUntraced)) / Double(fixtures.chunkCount)
            chatAdded.append(chatTraced - chatUntraced)
            chunkAdded.append(perChunk)
            print(
                "\(round)      \(format(chatUntraced)) µs     \(format(chatTraced)) µs   \(format(chatTraced - chatUntraced)) µs"
                    + "    \(format(streamUntraced)) µs      \(format(streamTraced)) µs    \(format(perChunk)) µs")
        }
        print(
            "RESULT added_cpu_us_per_call=\(format(median(chatAdded))) added_cpu_us_per_chunk=\(format(median(chunkAdded)))"
                + " calls=\(calls) streams=\(streams) rounds=5 (medians)")
    }

    /// Runs the calls, bound to the tracer or not; a traced run waits for the tracer's flush.
    static func run(_ fixtures: OverheadFixtures, traced: Bool, calls: Int, streams: Int) async throws {
        func body() async throws {
            var sink = 0
            for _ in 0..<calls { sink &+= try await fixtures.chat().utf8.count }
            for _ in 0..<streams { sink &+= try await fixtures.stream() }
            precondition(sink > 0 || calls + streams == 0)
        }
        if traced {
            try await withTracer(fixtures.tracer) { try await body() }
            guard await fixtures.tracer.forceFlush(timeout: .seconds(60)) else {
                throw CancellationError()
            }
        } else {
            try await body()
        }
    }

    /// The process CPU time a run took, in microseconds.
    static func cpu(_ fixtures: OverheadFixtures, traced: Bool, calls: Int, streams: Int) async throws -> Double {
        let start = processCPUNanoseconds()
        try await run(fixtures, traced: traced, calls: calls, streams: streams)
        return Double(processCPUNanoseconds() - start) / 1_000
    }

    static func processCPUNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }

    static func format(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}

/// The second argument named neither mode.
struct ProfileModeError: Error, CustomStringConvertible {
    let mode: String
    var description: String { "unknown mode '\(mode)': expected traced or untraced" }
}
