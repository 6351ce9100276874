import SwiftSyntaxMacroExpansion
import SwiftSyntaxMacrosGenericTestSupport
import Testing
import WindsockMacros

@Suite struct ObserveMacroExpansionTests {
    private let macros = ["Observe": MacroSpec(type: ObserveMacro.self)]

    private func expect(_ source: String, expands expected: String, diagnostics: [DiagnosticSpec] = []) {
        assertMacroExpansion(
            source, expandedSource: expected, diagnostics: diagnostics, macroSpecs: macros,
            failureHandler: { Issue.record("\($0.message)") })
    }

    @Test func anAsyncThrowingFunctionRecordsItsArguments() {
        expect(
            """
            @Observe(kind: .tool)
            func weather(in city: String, _ unnamed: Int, days: Int) async throws -> Forecast {
                try await fetch(city, days)
            }
            """,
            expands: """
                func weather(in city: String, _ unnamed: Int, days: Int) async throws -> Forecast {
                    var __windsockArguments = Windsock.ObservedArguments()
                    __windsockArguments.add("city", city)
                    __windsockArguments.add("unnamed", unnamed)
                    __windsockArguments.add("days", days)
                    return try await Windsock.observeFunction("weather", kind: .tool, arguments: __windsockArguments, recordsOutput: true) { _ in
                        try await fetch(city, days)
                    }
                }
                """)
    }

    @Test func aSyncFunctionWithANameIgnoredArgumentsAndNoResult() {
        expect(
            """
            @Observe("login", ignoring: ["password"], result: false)
            func logIn(user: String, password: String) -> Session {
                Session(user: user)
            }
            """,
            expands: """
                func logIn(user: String, password: String) -> Session {
                    var __windsockArguments = Windsock.ObservedArguments()
                    __windsockArguments.add("user", user)
                    return Windsock.observeFunction("login", kind: .span, arguments: __windsockArguments, recordsOutput: false) { _ in
                        Session(user: user)
                    }
                }
                """)
    }

    @Test func argumentsCanBeLeftOut() {
        expect(
            """
            @Observe(arguments: false)
            func secret(token: String) throws {
                try check(token)
            }
            """,
            expands: """
                func secret(token: String) throws {
                    return try Windsock.observeFunction("secret", kind: .span, arguments: nil, recordsOutput: true) { _ in
                        try check(token)
                    }
                }
                """)
    }

    @Test func effectsTheBodyDoesNotUseAreLeftOutAndNoArgumentsNeedNoVariable() {
        expect(
            """
            @Observe
            func answer() async throws -> Int {
                42
            }
            """,
            expands: """
                func answer() async throws -> Int {
                    return Windsock.observeFunction("answer", kind: .span, arguments: Windsock.ObservedArguments(), recordsOutput: true) { _ in
                        42
                    }
                }
                """)
        expect(
            """
            @Observe
            func check() async throws {
                guard ready else { throw NotReady() }
            }
            """,
            expands: """
                func check() async throws {
                    return try Windsock.observeFunction("check", kind: .span, arguments: Windsock.ObservedArguments(), recordsOutput: true) { _ in
                        guard ready else {
                            throw NotReady()
                        }
                    }
                }
                """)
    }

    @Test func misuseIsDiagnosed() {
        expect(
            """
            @Observe(colour: .red)
            func f() {}
            """,
            expands: """
                func f() {}
                """,
            diagnostics: [DiagnosticSpec(message: "@Observe has no argument colour", line: 1, column: 1)])
    }
}
