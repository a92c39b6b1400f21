/// An error a user can act on, described the way RFC 9457 problem details describe it.
///
/// Every module's error enum conforms, so the HTTP server renders it as
/// `application/problem+json` and the CLI prints its ``detail`` on one line.
public protocol Problem: Error, CustomStringConvertible, Sendable {
    /// The HTTP status the error maps to (400, 404, 409, 413, 422 …).
    var status: Int { get }
    /// A stable slug naming the kind of problem, e.g. `invalid-geometry`.
    var type: String { get }
    /// A short, fixed summary of the kind of problem.
    var title: String { get }
    /// What went wrong in this case, naming the field, feature or code.
    var detail: String { get }
    /// The input field the problem is about, when there is one.
    var field: String? { get }
}

extension Problem {
    public var description: String { detail }
    public var field: String? { nil }
}
