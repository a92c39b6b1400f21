/// The rule for the display name of an attachment (`?name=房屋受损.jpg`): it is shown and
/// offered for download, never used as a path, but it stays one line of printable text.
public enum AttachmentName {
    public static let maximumBytes = 255

    /// The name, or nil for none; throws when it breaks the rule.
    public static func validated(_ name: String?) throws(AttachmentError) -> String? {
        guard let name else { return nil }
        let printable = name.unicodeScalars.allSatisfy { scalar in
            scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80...0x9F).contains(scalar.value)
                && scalar != "/" && scalar != "\\"
        }
        guard !name.isEmpty, name.utf8.count <= maximumBytes, printable else { throw .invalidFileName(name) }
        return name
    }
}
