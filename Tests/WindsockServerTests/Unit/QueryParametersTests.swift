import Testing
import WindsockModel

@testable import WindsockServer

@Suite("Query parameters")
struct QueryParametersTests {
    @Test("decodes + as space and percent escapes; first value wins")
    func decodes() {
        let parameters = QueryParameters("q=hello+world%21&name=a%2Bb&q=second&empty=&flag")
        #expect(parameters.string("q") == "hello world!")
        #expect(parameters.string("name") == "a+b")
        #expect(parameters.string("empty") == nil)
        #expect(parameters.string("flag") == nil)
        #expect(parameters.string("missing") == nil)
    }

    @Test("a bad integer names the parameter")
    func badInteger() {
        #expect(throws: APIError.invalidParameter("limit", "expected an integer from 1 to 1000")) {
            try QueryParameters("limit=0").integer("limit", in: 1...1000)
        }
        #expect(throws: APIError.self) { try QueryParameters("limit=ten").integer("limit", in: 1...1000) }
    }

    @Test("choices list what is allowed")
    func choices() throws {
        #expect(try QueryParameters("status=error").choice("status", of: SpanStatus.self) == .error)
        let error = #expect(throws: APIError.self) {
            try QueryParameters("status=bad").choice("status", of: SpanStatus.self)
        }
        #expect(error?.message == "Invalid parameter 'status': expected one of ok, error")
    }

    @Test("metrics intervals")
    func intervals() {
        #expect(MetricsRoutes.parseInterval("1m") == 60)
        #expect(MetricsRoutes.parseInterval("2h") == 7200)
        #expect(MetricsRoutes.parseInterval("1d") == 86_400)
        #expect(MetricsRoutes.parseInterval("300") == 300)
        #expect(MetricsRoutes.parseInterval("0m") == nil)
        #expect(MetricsRoutes.parseInterval("1w") == nil)
        #expect(MetricsRoutes.parseInterval("m") == nil)
    }
}
