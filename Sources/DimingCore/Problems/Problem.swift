/// An error a user can act on, described the way RFC 9457 problem details describe it.
///
/// Every module's error enum conforms, so the HTTP server renders it as
/// `application/problem+json` in the language the client asked for, and the CLI prints its
/// detail on one line in the language of the locale. Both texts come from the ``MessageCatalog``.
public protocol Problem: Error, CustomStringConvertible, Sendable {
    /// The HTTP status the error maps to (400, 404, 409, 413, 422 …).
    var status: Int { get }
    /// A stable slug naming the kind of problem, e.g. `invalid-geometry`.
    var type: String { get }
    /// A short, fixed summary of the kind of problem, in `language`.
    func title(in language: Language) -> String
    /// What went wrong in this case, naming the field, feature or code, in `language`.
    func detail(in language: Language) -> String
    /// The input field the problem is about, when there is one.
    var field: String? { get }
}

extension Problem {
    /// The English title, for logs and tests.
    public var title: String { title(in: .en) }
    /// The English detail, for logs, tests and reasons nested in other problems.
    public var detail: String { detail(in: .en) }
    public var description: String { detail }
    public var field: String? { nil }
}
