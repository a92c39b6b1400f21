import Foundation

/// Calendar days and working days in China Standard Time, from ``HolidayTable``.
public struct WorkingCalendar: Sendable {
    /// A calendar day.
    public struct Day: Hashable, Sendable, Comparable, CustomStringConvertible {
        public var year: Int, month: Int, day: Int

        public init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }

        public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }
        public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
    }

    /// Holidays and make-up working days, by day.
    let exceptions: [Day: Bool]
    /// The years the table covers.
    public let years: Set<Int>
    let calendar: Calendar

    public static let china = WorkingCalendar(csv: HolidayTable.csv, offsetSeconds: 8 * 3600)

    init(csv: String, offsetSeconds: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offsetSeconds)!
        self.calendar = calendar
        var exceptions = [Day: Bool]()
        for line in csv.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",").map(String.init)
            guard cells.count >= 3, let first = Self.day(cells[0]), let last = Self.day(cells[1]) else { continue }
            var day = first
            while day <= last {
                exceptions[day] = cells[2] == "workday"
                day = Self.adding(1, to: day, calendar: calendar)
            }
        }
        self.exceptions = exceptions
        self.years = Set(exceptions.keys.map(\.year))
    }

    /// Whether `day` is a working day: a make-up day is, a holiday is not, else Monday–Friday.
    public func isWorkingDay(_ day: Day) -> Bool {
        if let working = exceptions[day] { return working }
        let weekday = calendar.component(.weekday, from: date(day))
        return weekday != 1 && weekday != 7
    }

    /// The years from the day after `day` through `last` that the holiday table has no rows for:
    /// working days counted in them are Monday–Friday, which the officer should know.
    public func yearsWithoutTable(after day: Day, through last: Day) -> [Int] {
        guard day < last else { return [] }
        return Array(adding(1, to: day).year...last.year).filter { !years.contains($0) }
    }

    /// The `count`-th working day after `day` (`day` itself not counted).
    public func working(_ count: Int, after day: Day) -> Day {
        var current = day, found = 0
        while found < count {
            current = adding(1, to: current)
            if isWorkingDay(current) { found += 1 }
        }
        return current
    }

    /// The local day of `date`.
    public func day(of date: Date) -> Day {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return Day(year: c.year!, month: c.month!, day: c.day!)
    }

    /// `day` at `hour:minute:second` local time.
    public func date(_ day: Day, hour: Int = 0, minute: Int = 0, second: Int = 0) -> Date {
        calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute, second: second))!
    }

    public func adding(_ days: Int, to day: Day) -> Day { Self.adding(days, to: day, calendar: calendar) }

    static func adding(_ days: Int, to day: Day, calendar: Calendar) -> Day {
        let start = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12))!
        let c = calendar.dateComponents([.year, .month, .day], from: calendar.date(byAdding: .day, value: days, to: start)!)
        return Day(year: c.year!, month: c.month!, day: c.day!)
    }

    static func day(_ text: String) -> Day? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return Day(year: parts[0], month: parts[1], day: parts[2])
    }
}
