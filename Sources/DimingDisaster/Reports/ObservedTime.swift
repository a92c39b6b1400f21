import Foundation

/// `observed_at`: ISO 8601 with a UTC offset (a time without one is ambiguous between the
/// device's zone and Beijing time, so it is refused), normalised to UTC for sorting.
enum ObservedTime {
    /// A new regex each call: `Regex` is not Sendable, so it cannot be a shared constant.
    private static var pattern: Regex<(Substring, Substring, Substring, Substring, Substring, Substring, Substring?, Substring?, Substring)> { #/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/# }

    /// `2025-07-10T08:30:00+08:00` → `2025-07-10T00:30:00Z` (a fraction of a second is kept); nil when invalid.
    static func utc(_ text: String) -> String? {
        guard let match = text.wholeMatch(of: pattern),
              let year = Int(match.1), let month = Int(match.2), let day = Int(match.3),
              let hour = Int(match.4), let minute = Int(match.5) else { return nil }
        let second = match.6.flatMap { Int($0) } ?? 0
        var offsetSeconds = 0
        if match.8 != "Z" {
            let zone = match.8
            guard let hours = Int(zone.dropFirst().prefix(2)), let minutes = Int(zone.suffix(2)), hours <= 23, minutes <= 59 else { return nil }
            offsetSeconds = (hours * 3600 + minutes * 60) * (zone.hasPrefix("-") ? -1 : 1)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard components.isValidDate(in: calendar), second <= 59, let local = calendar.date(from: components) else { return nil }
        let instant = local.addingTimeInterval(TimeInterval(-offsetSeconds))
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        let text = String(format: "%04d-%02d-%02dT%02d:%02d:%02d", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!)
        return text + (match.7.map(String.init) ?? "") + "Z"
    }
}
