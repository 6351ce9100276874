import SwiftDiagnostics
import SwiftSyntax
import SwiftSyntaxBuilder
import SwiftSyntaxMacros

/// `@Observe`: wraps a function's body in a Windsock observation that records the arguments as input, the result
/// as output, and errors.
///
/// ```swift
/// @Observe(kind: .tool)
/// func lookUp(city: String) async throws -> Weather { … }
/// ```
/// becomes
/// ```swift
/// func lookUp(city: String) async throws -> Weather {
///     var __windsockArguments = ObservedArguments()
///     __windsockArguments.add("city", city)
///     return try await Windsock.observeFunction("lookUp", kind: .tool, arguments: __windsockArguments, recordsOutput: true) { _ in … }
/// }
/// ```
public struct ObserveMacro: BodyMacro {
    public static func expansion(
        of node: AttributeSyntax,
        providingBodyFor declaration: some DeclSyntaxProtocol & WithOptionalCodeBlockSyntax,
        in context: some MacroExpansionContext
    ) throws -> [CodeBlockItemSyntax] {
        guard let function = declaration.as(FunctionDeclSyntax.self) else {
            throw MacroExpansionErrorMessage("@Observe applies to functions")
        }
        guard let body = function.body else {
            throw MacroExpansionErrorMessage("@Observe needs a function with a body")
        }
        let options = try Options(node, functionName: function.name.text)
        let effects = function.signature.effectSpecifiers
        let isAsync = effects?.asyncSpecifier != nil
        let isThrowing = effects?.throwsClause != nil
        // `observeFunction` rethrows and has a synchronous and an asynchronous form: the call needs `try` only when
        // the body can throw and `await` only when it suspends, or the compiler warns about them in the user's code.
        let keywords = Set(body.statements.tokens(viewMode: .sourceAccurate).map(\.tokenKind))
        let bodyThrows = keywords.contains(.keyword(.try)) || keywords.contains(.keyword(.throw))
        let bodySuspends = keywords.contains(.keyword(.await))
        let call = (isThrowing && bodyThrows ? "try " : "") + (isAsync && bodySuspends ? "await " : "")

        var items: [CodeBlockItemSyntax] = []
        var argumentsExpression = "nil"
        if options.capturesArguments {
            let parameters = function.signature.parameterClause.parameters.compactMap { parameter -> String? in
                let name = (parameter.secondName ?? parameter.firstName).text
                return name == "_" ? nil : name
            }.filter { !options.ignoredArguments.contains($0) }
            if parameters.isEmpty {
                argumentsExpression = "Windsock.ObservedArguments()"
            } else {
                items.append("var __windsockArguments = Windsock.ObservedArguments()")
                for name in parameters {
                    items.append("__windsockArguments.add(\(literal: name), \(raw: name))")
                }
                argumentsExpression = "__windsockArguments"
            }
        }
        let observation: ExprSyntax = """
            \(raw: call)Windsock.observeFunction(\(raw: options.name), kind: \(raw: options.kind), arguments: \(raw: argumentsExpression), recordsOutput: \(raw: options.capturesResult ? "true" : "false")) { _ in
                \(body.statements.trimmed)
            }
            """
        items.append("return \(observation)")
        return items
    }

    /// The attribute's arguments: `@Observe("name", kind: .tool, arguments: false, result: false, ignoring: ["password"])`.
    struct Options {
        var name: String
        var kind = ".span"
        var capturesArguments = true
        var capturesResult = true
        var ignoredArguments: Set<String> = []

        init(_ node: AttributeSyntax, functionName: String) throws {
            name = "\"\(functionName)\""
            guard case .argumentList(let arguments)? = node.arguments else { return }
            for argument in arguments {
                switch argument.label?.text {
                case nil:
                    name = argument.expression.trimmedDescription
                case "kind":
                    kind = argument.expression.trimmedDescription
                case "arguments":
                    capturesArguments = try Self.bool(argument.expression, "arguments")
                case "result":
                    capturesResult = try Self.bool(argument.expression, "result")
                case "ignoring":
                    guard let array = argument.expression.as(ArrayExprSyntax.self) else {
                        throw MacroExpansionErrorMessage("ignoring: takes an array of parameter names")
                    }
                    for element in array.elements {
                        guard let literal = element.expression.as(StringLiteralExprSyntax.self),
                            let text = literal.representedLiteralValue
                        else { throw MacroExpansionErrorMessage("ignoring: takes string literals") }
                        ignoredArguments.insert(text)
                    }
                case let label?:
                    throw MacroExpansionErrorMessage("@Observe has no argument \(label)")
                }
            }
        }

        private static func bool(_ expression: ExprSyntax, _ label: String) throws -> Bool {
            guard let literal = expression.as(BooleanLiteralExprSyntax.self) else {
                throw MacroExpansionErrorMessage("\(label): takes true or false")
            }
            return literal.literal.tokenKind == .keyword(.true)
        }
    }
}
