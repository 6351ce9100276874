import MistralAI
import Testing
import Tracing
import Windsock

struct Forecast: Codable, Sendable, Equatable {
    var city: String
    var celsius: Int
}

struct NotEncodable: CustomStringConvertible {
    var description: String { "opaque" }
}

struct WeatherError: Error {}

@Observe(kind: .tool)
func forecast(for city: String, days: Int, _ note: NotEncodable) async throws -> Forecast {
    guard city != "Atlantis" else { throw WeatherError() }
    try await Task.sleep(for: .milliseconds(1))
    return Forecast(city: city, celsius: 20 + days)
}

@Observe("log_in", ignoring: ["password"])
func logIn(user: String, password: String) -> String {
    "session-\(user)"
}

@Observe(arguments: false, result: false)
func secretStep(token: String) -> Int {
    token.count
}

@Observe(kind: .chain)
func plan(city: String, mistral: Mistral) async throws -> String {
    let weather = try await forecast(for: city, days: 2, NotEncodable())
    let answer = try await mistral.chat.complete(
        model: "mistral-small-latest", messages: [.user("What to wear at \(weather.celsius) degrees?")])
    return answer.text ?? ""
}

@Suite struct ObserveMacroTests {
    @Test func recordsArgumentsResultAndNesting() async throws {
        let test = try TestTracer()
        let spans = try await MockMistral.withClient { mistral in
            try await test.run {
                _ = try await plan(city: "Paris", mistral: mistral)
            }
        }
        let planSpan = try spans.named("plan")
        let forecastSpan = try spans.named("forecast")
        let chat = try spans.named("chat mistral-small-latest")
        #expect(forecastSpan.parentSpanID == planSpan.spanID)
        #expect(chat.parentSpanID == planSpan.spanID)
        #expect(planSpan.attributes.stringValue(WindsockAttributes.spanKind) == "chain")
        #expect(forecastSpan.attributes.stringValue(WindsockAttributes.spanKind) == "tool")
        #expect(
            forecastSpan.attributes.stringValue(WindsockAttributes.input)
                == #"{"city":"Paris","days":2,"note":"opaque"}"#)
        #expect(forecastSpan.attributes.stringValue(WindsockAttributes.output) == #"{"celsius":22,"city":"Paris"}"#)
        #expect(planSpan.attributes.stringValue(WindsockAttributes.input)?.contains("mistral") == true)
    }

    @Test func leavesOutWhatItIsToldToAndRecordsErrors() async throws {
        let test = try TestTracer()
        let spans = try await test.run {
            #expect(logIn(user: "ada", password: "hunter2") == "session-ada")
            #expect(secretStep(token: "abc") == 3)
            await #expect(throws: WeatherError.self) {
                try await forecast(for: "Atlantis", days: 1, NotEncodable())
            }
        }
        let login = try spans.named("log_in")
        #expect(login.attributes.stringValue(WindsockAttributes.input) == #"{"user":"ada"}"#)
        #expect(login.attributes.stringValue(WindsockAttributes.output) == #""session-ada""#)
        let secret = try spans.named("secretStep")
        #expect(secret.attributes.get(WindsockAttributes.input) == nil)
        #expect(secret.attributes.get(WindsockAttributes.output) == nil)
        let failed = try spans.named("forecast")
        #expect(failed.isError)
        #expect(failed.attributes.get(WindsockAttributes.output) == nil)
    }
}
