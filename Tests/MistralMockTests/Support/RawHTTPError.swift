/// A response the raw client could not parse.
enum RawHTTPError: Error {
    case noHeaders(String)
}
