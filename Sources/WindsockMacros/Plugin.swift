import SwiftCompilerPlugin
import SwiftSyntaxMacros

/// The compiler plugin that serves Windsock's macros.
@main
struct WindsockMacrosPlugin: CompilerPlugin {
    let providingMacros: [any Macro.Type] = [ObserveMacro.self]
}
