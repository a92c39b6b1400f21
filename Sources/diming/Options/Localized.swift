import DimingCore

extension Message {
    /// The text in the language of this run's locale (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    func localized(_ arguments: [String: String] = [:]) -> String { text(.process, arguments) }

    /// A table header written `a|b|c` in the catalog, as its columns.
    var columns: [String] { localized().split(separator: "|").map(String.init) }
}
