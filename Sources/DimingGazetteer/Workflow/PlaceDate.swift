import Foundation

/// The dates of the workflow: `YYYY-MM-DD`, a real calendar day (2024-02-30 is refused).
enum PlaceDate {
    static func check(_ value: String, field: String) throws -> String {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard value.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1, day <= days(in: month, of: year) else {
            throw GazetteerError.invalidDate(field: field, value: value)
        }
        return value
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
