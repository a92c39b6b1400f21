/// RFC 4180 quoting of one CSV field.
public enum CSVField {
    /// The text as is, or in double quotes (inner quotes doubled) when it holds a comma, a
    /// quote or a line break.
    public static func quoted(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
