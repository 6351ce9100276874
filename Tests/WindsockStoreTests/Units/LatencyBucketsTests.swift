import Testing
import WindsockStore

@Suite struct LatencyBucketsTests {
    @Test(arguments: [0.02, 0.5, 1, 37, 999, 12_345, 3_600_000])
    func aBucketStandsForItsLatenciesWithinTwoPercent(_ milliseconds: Double) {
        let bucket = LatencyBuckets.bucket(ofMilliseconds: milliseconds)
        let estimate = LatencyBuckets.milliseconds(ofBucket: bucket)
        #expect(abs(estimate - milliseconds) <= milliseconds * 0.02)
    }

    @Test func zeroNegativeAndTinyLatenciesShareTheFirstBucket() {
        #expect(LatencyBuckets.bucket(ofMilliseconds: 0) == 0)
        #expect(LatencyBuckets.bucket(ofMilliseconds: -5) == 0)
        #expect(LatencyBuckets.bucket(ofMilliseconds: 0.005) == 0)
        #expect(LatencyBuckets.milliseconds(ofBucket: 0) == 0)
    }

    @Test func percentilesUseTheNearestRank() {
        let counts = [(bucket: 10, count: 50), (bucket: 20, count: 45), (bucket: 30, count: 5)]
        #expect(LatencyBuckets.percentile(0.5, of: counts) == LatencyBuckets.milliseconds(ofBucket: 10))
        #expect(LatencyBuckets.percentile(0.51, of: counts) == LatencyBuckets.milliseconds(ofBucket: 20))
        #expect(LatencyBuckets.percentile(0.95, of: counts) == LatencyBuckets.milliseconds(ofBucket: 20))
        #expect(LatencyBuckets.percentile(0.99, of: counts) == LatencyBuckets.milliseconds(ofBucket: 30))
        #expect(LatencyBuckets.percentile(0.5, of: []) == 0)
    }
}

@Suite struct LatencyHistogramTests {
    @Test func textRoundTripsAndMerges() {
        var first = LatencyHistogram()
        for milliseconds in [1.0, 1.0, 250, 3_000] { first.record(milliseconds: milliseconds) }
        #expect(LatencyHistogram(text: first.text) == first)
        var second = LatencyHistogram()
        second.record(milliseconds: 250)
        first.merge(second)
        #expect(first.counts.values.reduce(0, +) == 5)
        #expect(first.counts[LatencyBuckets.bucket(ofMilliseconds: 250)] == 2)
        #expect(LatencyHistogram(text: "garbage,3:x,5:2").counts == [5: 2])
    }
}
