import Foundation

/// A point in time as ISO 8601 text with an explicit offset (`2025-07-10T03:00+08:00`,
/// `2025-07-09T19:00:00Z`): an event's start, a status change, a report's `observed_at`, a
/// summary's `as_of`, the deadlines' `now`. A time without an offset names no instant (whose
/// 03:00?), so it is refused rather than guessed. `text` keeps what was given; ``utc`` is the
/// sortable form stored beside it. The one parser of times in the module: it runs for every
/// submitted report, so it is plain integer arithmetic (no Calendar, no Regex).
public struct EventTime: Sendable, Hashable, Comparable {
    public let date: Date
    public let text: String
    /// The digits after the decimal point of the seconds, as given (`""` when none).
    public let fraction: String

    /// Offsets beyond this are refused: real zones lie within −12 h…+14 h, and Foundation (like
    /// java.time) has no zone beyond ±18 h, though ISO 8601's grammar allows ±23:59.
    static let maximumOffsetSeconds = 18 * 3600

    public init(_ date: Date) {
        self.date = date
        self.text = Self.utcText(date)
        self.fraction = ""
    }

    /// Parses `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)` (a space for the `T` is accepted); nil for anything else.
    public init?(parsing raw: String) {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let chars = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= chars.count else { return nil }
            var value = 0
            for c in chars[range] {
                guard c >= 48, c <= 57 else { return nil }
                value = value * 10 + Int(c - 48)
            }
            return value
        }
        func at(_ i: Int, _ c: UInt8) -> Bool { i < chars.count && chars[i] == c }
        guard let year = number(0..<4), at(4, UInt8(ascii: "-")), let month = number(5..<7), at(7, UInt8(ascii: "-")),
              let day = number(8..<10), at(10, UInt8(ascii: "T")) || at(10, UInt8(ascii: " ")), let hour = number(11..<13),
              at(13, UInt8(ascii: ":")), let minute = number(14..<16) else { return nil }
        var i = 16
        var second = 0
        var fraction = ""
        if at(i, UInt8(ascii: ":")) {
            guard let s = number(17..<19) else { return nil }
            second = s
            i = 19
            if at(i, UInt8(ascii: ".")) {
                var j = i + 1
                while j < chars.count, chars[j] >= 48, chars[j] <= 57 { j += 1 }
                guard j > i + 1, j - i - 1 <= 9 else { return nil }
                fraction = String(decoding: chars[(i + 1)..<j], as: UTF8.self)
                i = j
            }
        }
        let offset: Int
        if at(i, UInt8(ascii: "Z")) || at(i, UInt8(ascii: "z")) {
            offset = 0
            i += 1
        } else if at(i, UInt8(ascii: "+")) || at(i, UInt8(ascii: "-")) {
            guard let h = number(i + 1..<i + 3), at(i + 3, UInt8(ascii: ":")), let m = number(i + 4..<i + 6), m <= 59 else { return nil }
            offset = (at(i, UInt8(ascii: "-")) ? -1 : 1) * (h * 3600 + m * 60)
            i += 6
        } else {
            return nil
        }
        guard i == chars.count, (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day),
              hour <= 23, minute <= 59, second <= 59, abs(offset) <= Self.maximumOffsetSeconds else { return nil }
        let seconds = Self.daysSinceEpoch(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second - offset
        self.date = Date(timeIntervalSince1970: Double(seconds) + (Double("0." + (fraction.isEmpty ? "0" : fraction)) ?? 0))
        self.text = text
        self.fraction = fraction
    }

    /// The UTC text, sortable as a string: `2025-07-09T19:00:00Z`.
    public var utc: String { Self.utcText(date) }

    /// The UTC text with the fraction of a second as it was given: `2025-07-09T19:00:00.250Z`.
    public var utcKeepingFraction: String {
        fraction.isEmpty ? utc : String(utc.dropLast()) + "." + fraction + "Z"
    }

    /// `date` in UTC, whole seconds.
    public static func utcText(_ date: Date) -> String {
        text(date, offsetSeconds: 0)
    }

    /// `date` at a fixed offset, whole seconds: `2025-07-11T09:00:00+08:00` (`Z` for UTC).
    public static func text(_ date: Date, offsetSeconds: Int) -> String {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + offsetSeconds
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let secondOfDay = local - days * 86_400
        let (year, month, day) = civil(daysSinceEpoch: days)
        var out = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T"
        out += pad(secondOfDay / 3600, 2) + ":" + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2)
        if offsetSeconds == 0 { return out + "Z" }
        let minutes = abs(offsetSeconds) / 60
        return out + (offsetSeconds < 0 ? "-" : "+") + pad(minutes / 60, 2) + ":" + pad(minutes % 60, 2)
    }

    public static func < (a: EventTime, b: EventTime) -> Bool { a.date < b.date }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of ``daysSinceEpoch(year:month:day:)`` (`civil_from_days`).
    static func civil(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
