/// A file produced by a built-in tool: `{"type":"tool_file","tool","file_id","file_name","file_type"}`.
public struct ToolFile: Codable, Sendable, Hashable {
    /// The tool, e.g. `code_interpreter`.
    public var tool: String
    /// The file's id.
    public var fileID: String
    /// The file's name.
    public var fileName: String?
    /// The file's type.
    public var fileType: String?

    public init(tool: String, fileID: String, fileName: String? = nil, fileType: String? = nil) {
        self.tool = tool
        self.fileID = fileID
        self.fileName = fileName
        self.fileType = fileType
    }

    enum CodingKeys: String, CodingKey {
        case tool
        case fileID = "file_id"
        case fileName = "file_name"
        case fileType = "file_type"
    }
}
