import Foundation

/// Unbuffered lines to standard output and standard error, so that scripts reading a pipe see them at once.
enum Console {
    /// Writes a line to standard output (what scripts capture: a secret, a listing, the address).
    static func output(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Writes a line to standard error (messages around the output).
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Writes text to standard error as it is (a progress bar redrawn in place).
    static func errorRaw(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
