import Foundation

/// The `datetime` parameter of OGC API - Features: an instant (`2018-02-12T23:20:50Z`, or a
/// whole day `2018-02-12`) or a closed or half-bounded interval (`a/b`, `../b`, `a/..`), where
/// one end may be an ISO 8601 duration from the other (`2018-02-12/P2D`). Bounds are inclusive.
public struct TemporalFilter: Sendable, Hashable {
    public var start: Date?
    public var end: Date?

    public init(start: Date?, end: Date?) {
        self.start = start
        self.end = end
    }

    public init(parsing text: String) throws(QueryError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        switch parts.count {
        case 1:
            guard let instant = Self.moment(parts[0]) else { throw Self.invalid(text) }
            self.init(start: instant.start, end: instant.end)
        case 2:
            let (a, b) = (parts[0], parts[1])
            var start = Self.isOpen(a) ? nil : Self.moment(a)?.start
            var end = Self.isOpen(b) ? nil : Self.moment(b)?.end
            if !Self.isOpen(a) && start == nil {
                guard let duration = Self.duration(a), let end else { throw Self.invalid(text) }
                start = duration.subtract(from: end)
            }
            if !Self.isOpen(b) && end == nil {
                guard let duration = Self.duration(b), let start else { throw Self.invalid(text) }
                end = duration.add(to: start)
            }
            guard start != nil || end != nil else { throw Self.invalid(text) }
            if let start, let end, start > end {
                throw QueryError.invalidParameter("datetime", reason: Reason(QueryMessages.intervalBackwards, ["text": text]))
            }
            self.init(start: start, end: end)
        default:
            throw Self.invalid(text)
        }
    }

    /// Whether a stored RFC 3339 time lies in the filter (for checks outside SQL).
    public func contains(_ date: Date) -> Bool {
        (start.map { date >= $0 } ?? true) && (end.map { date <= $0 } ?? true)
    }

    /// A stored value (RFC 3339 date-time or date) as a date, nil when it is not one.
    public static func date(fromStored text: String) -> Date? {
        moment(text)?.start
    }

    /// The Julian day number SQLite's `julianday()` gives the same moment.
    static func julianDay(_ date: Date) -> Double {
        date.timeIntervalSince1970 / 86_400 + 2_440_587.5
    }

    private static func isOpen(_ text: String) -> Bool { text.isEmpty || text == ".." }

    private static func invalid(_ text: String) -> QueryError {
        .invalidParameter("datetime", reason: Reason(QueryMessages.notInstant, ["text": text]))
    }

    /// A date-time is one instant; a date is its whole (UTC) day.
    private static func moment(_ text: String) -> (start: Date, end: Date)? {
        if text.count == 10, let day = dayFormatter().date(from: text) {
            return (day, day.addingTimeInterval(86_400 - 0.001))
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return (date, date) }
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return (date, date) }
        return nil
    }

    private static func dayFormatter() -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter
    }

    /// An ISO 8601 duration such as `P2D`, `PT6H`, `P1Y2M`, `P1W`.
    private static func duration(_ text: String) -> DateComponents? {
        guard text.hasPrefix("P"), text.count > 1 else { return nil }
        var components = DateComponents()
        var number = ""
        var inTime = false
        for character in text.dropFirst() {
            if character.isNumber { number.append(character); continue }
            if character == "T" { inTime = true; continue }
            guard let value = Int(number) else { return nil }
            number = ""
            switch (character, inTime) {
            case ("Y", false): components.year = value
            case ("M", false): components.month = value
            case ("W", false): components.day = (components.day ?? 0) + 7 * value
            case ("D", false): components.day = (components.day ?? 0) + value
            case ("H", true): components.hour = value
            case ("M", true): components.minute = value
            case ("S", true): components.second = value
            default: return nil
            }
        }
        return number.isEmpty ? components : nil
    }
}

extension DateComponents {
    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    fileprivate func add(to date: Date) -> Date? {
        Self.utc.date(byAdding: self, to: date)
    }

    fileprivate func subtract(from date: Date) -> Date? {
        var negative = DateComponents()
        negative.year = year.map { -$0 }
        negative.month = month.map { -$0 }
        negative.day = day.map { -$0 }
        negative.hour = hour.map { -$0 }
        negative.minute = minute.map { -$0 }
        negative.second = second.map { -$0 }
        return Self.utc.date(byAdding: negative, to: date)
    }
}
