import Foundation

/// Where an export goes: a file (written whole, then moved into place) or standard output.
struct TraceFileWriter {
    private let path: String?
    private var buffer = Data()
    private var handle: FileHandle?

    /// A writer to `path`, or to standard output when `nil` or `-`.
    init(path: String?) throws {
        self.path = path == "-" ? nil : path
        if let target = self.path {
            let url = URL(fileURLWithPath: target)
            let folder = url.deletingLastPathComponent().path
            guard FileManager.default.fileExists(atPath: folder) else {
                throw TraceFileError.folderMissing(folder)
            }
            let partial = target + ".partial"
            guard FileManager.default.createFile(atPath: partial, contents: nil) else {
                throw TraceFileError.cannotWrite(target)
            }
            handle = FileHandle(forWritingAtPath: partial)
        }
    }

    /// Writes one line.
    mutating func write(line: String) throws {
        let data = Data((line + "\n").utf8)
        if let handle {
            try handle.write(contentsOf: data)
        } else {
            FileHandle.standardOutput.write(data)
        }
    }

    /// Closes the file and moves it into place.
    mutating func finish() throws {
        guard let handle, let path else { return }
        try handle.close()
        self.handle = nil
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        try FileManager.default.moveItem(atPath: path + ".partial", toPath: path)
    }
}

/// A trace file that cannot be written or read.
enum TraceFileError: Error, CustomStringConvertible, Equatable {
    case folderMissing(String)
    case cannotWrite(String)
    case cannotRead(String)
    case empty(String)
    case malformed(file: String, line: Int, reason: String)

    var description: String {
        switch self {
        case .folderMissing(let folder): "The folder \(folder) does not exist."
        case .cannotWrite(let path): "Cannot write \(path)."
        case .cannotRead(let path): "Cannot read \(path): no such file, or not readable."
        case .empty(let path): "\(path) holds no traces."
        case .malformed(let file, let line, let reason):
            "\(file), line \(line): \(reason). Nothing was imported."
        }
    }
}
