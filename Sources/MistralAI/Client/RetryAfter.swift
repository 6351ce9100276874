import Foundation
import NIOHTTP1

/// Reads the `Retry-After` header: delay seconds (`"2"`, `"1.5"`) or an HTTP date.
enum RetryAfter {
    static func parse(_ headers: HTTPHeaders, now: Date = Date()) -> Duration? {
        if let milliseconds = headers.first(name: "retry-after-ms").flatMap(Double.init), milliseconds >= 0 {
            return .milliseconds(milliseconds)
        }
        guard let value = headers.first(name: "retry-after") else { return nil }
        return parse(value, now: now)
    }

    static func parse(_ value: String, now: Date = Date()) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(trimmed) {
            return seconds.isFinite && seconds >= 0 ? .milliseconds((seconds * 1000).rounded()) : nil
        }
        guard let date = httpDate(trimmed) else { return nil }
        let interval = max(0, date.timeIntervalSince(now))
        return .milliseconds((interval * 1000).rounded())
    }

    /// RFC 9110 dates: IMF-fixdate, and the obsolete RFC 850 and asctime forms.
    static func httpDate(_ text: String) -> Date? {
        let formats = ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"]
        for format in formats {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}
