import Foundation

/// The dates of the workflow: `YYYY-MM-DD`, a real calendar day (2024-02-30 is refused).
public enum PlaceDate {
    static func check(_ value: String, field: String) throws -> String {
        guard isDay(value) else { throw GazetteerError.invalidDate(field: field, value: value) }
        return value
    }

    /// Whether `text` is exactly `YYYY-MM-DD` in ASCII digits and names a real day of the
    /// Gregorian calendar from year 1 on. The server checks its `datetime` and body dates with it.
    public static func isDay(_ text: String) -> Bool {
        let utf8 = Array(text.utf8)
        guard utf8.count == 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-"),
              [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ (48...57).contains(utf8[$0]) }) else { return false }
        func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(utf8[$1] - 48) } }
        let year = number(0..<4), month = number(5..<7), day = number(8..<10)
        return year >= 1 && (1...12).contains(month) && day >= 1 && day <= days(in: month, of: year)
    }

    /// A required text: present and not blank.
    static func required(_ value: String?, field: String, action: String) throws -> String {
        guard let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw GazetteerError.missingField(field: field, action: action)
        }
        return value.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// An approval's document and date, both required and the date checked.
    static func check(_ approval: Approval, action: String) throws -> Approval {
        var checked = approval
        checked.document = try required(approval.document, field: "document", action: action)
        checked.date = try check(try required(approval.date, field: "date", action: action), field: "date")
        checked.authority = approval.authority.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        return checked
    }

    private static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
