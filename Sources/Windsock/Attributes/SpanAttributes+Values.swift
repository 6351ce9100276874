import Tracing

extension SpanAttributes {
    /// The attribute as a string, when it is one.
    func string(_ name: String) -> String? {
        switch get(name) {
        case .string(let value): return value
        case .stringConvertible(let value): return value.description
        default: return nil
        }
    }

    /// The attribute as an integer, when it is one.
    func integer(_ name: String) -> Int? {
        switch get(name) {
        case .int64(let value): return Int(exactly: value)
        case .int32(let value): return Int(value)
        default: return nil
        }
    }

    /// The attribute as a number, when it is one.
    func double(_ name: String) -> Double? {
        switch get(name) {
        case .double(let value): return value
        case .int64(let value): return Double(value)
        case .int32(let value): return Double(value)
        default: return nil
        }
    }
}
