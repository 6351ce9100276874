/// The UI's own URLs, built in one place.
enum UILinks {
    /// One session's conversation. The id goes in the query: session ids may hold `/`.
    static func session(_ id: String) -> SafeURL {
        SafeURL(path: "/sessions", query: [("id", id)])
    }
}
