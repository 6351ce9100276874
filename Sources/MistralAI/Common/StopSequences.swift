/// Reads `stop`, which the API accepts as one string or a list of strings.
enum StopSequences {
    static func decode<Key: CodingKey>(from container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> [String]?
    {
        if let single = try? container.decodeIfPresent(String.self, forKey: key) {
            return [single]
        }
        return try container.decodeIfPresent([String].self, forKey: key)
    }
}
