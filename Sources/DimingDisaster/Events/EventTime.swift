import Foundation

/// A point in time as ISO 8601 text with an explicit offset (`2025-07-10T03:00+08:00`,
/// `2025-07-09T19:00:00Z`): an event's start, a status change, a summary's `as_of`, the
/// deadlines' `now`. A time without an offset names no instant (whose 03:00?), so it is
/// refused rather than guessed. `text` keeps what was given; `utc` is the sortable form stored
/// beside it.
public struct EventTime: Sendable, Hashable, Comparable {
    public let date: Date
    public let text: String

    public init(_ date: Date) {
        self.date = date
        self.text = Self.utcText(date)
    }

    /// Parses `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)`; nil for anything else.
    public init?(parsing raw: String) {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let chars = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= chars.count, chars[range].allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
            return Int(String(decoding: chars[range], as: UTF8.self))
        }
        func at(_ i: Int, _ c: Character) -> Bool { i < chars.count && chars[i] == c.asciiValue! }
        guard let year = number(0..<4), at(4, "-"), let month = number(5..<7), at(7, "-"), let day = number(8..<10),
              at(10, "T") || at(10, " "), let hour = number(11..<13), at(13, ":"), let minute = number(14..<16) else { return nil }
        var i = 16
        var second = 0, nanos = 0
        if at(i, ":") {
            guard let s = number(17..<19) else { return nil }
            second = s
            i = 19
            if at(i, ".") {
                var j = i + 1
                var digits = ""
                while j < chars.count, chars[j] >= 48, chars[j] <= 57 { digits.append(Character(UnicodeScalar(chars[j]))); j += 1 }
                guard !digits.isEmpty else { return nil }
                nanos = Int((digits + "000000000").prefix(9)) ?? 0
                i = j
            }
        }
        let offset: Int
        if at(i, "Z") || at(i, "z") {
            offset = 0
            i += 1
        } else if at(i, "+") || at(i, "-") {
            guard let h = number(i + 1..<i + 3), at(i + 3, ":"), let m = number(i + 4..<i + 6), h <= 23, m <= 59 else { return nil }
            offset = (at(i, "-") ? -1 : 1) * (h * 3600 + m * 60)
            i += 6
        } else {
            return nil
        }
        guard i == chars.count, (1...12).contains(month), hour <= 23, minute <= 59, second <= 59 else { return nil }
        // Foundation has no zone beyond ±18 h (ISO 8601 allows ±23:59): such a time is refused.
        guard let zone = TimeZone(secondsFromGMT: offset) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard let date = calendar.date(from: components),
              calendar.component(.day, from: date) == day else { return nil }
        self.date = date.addingTimeInterval(Double(nanos) / 1e9)
        self.text = text
    }

    /// The UTC text, sortable as a string: `2025-07-09T19:00:00Z`.
    public var utc: String { Self.utcText(date) }

    /// `date` in UTC, whole seconds.
    public static func utcText(_ date: Date) -> String {
        text(date, offsetSeconds: 0)
    }

    /// `date` at a fixed offset: `2025-07-11T09:00:00+08:00` (`Z` for UTC).
    public static func text(_ date: Date, offsetSeconds: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offsetSeconds)!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let zone: String
        if offsetSeconds == 0 {
            zone = "Z"
        } else {
            let m = abs(offsetSeconds) / 60
            zone = (offsetSeconds < 0 ? "-" : "+") + String(format: "%02d:%02d", m / 60, m % 60)
        }
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!) + zone
    }

    public static func < (a: EventTime, b: EventTime) -> Bool { a.date < b.date }
}
