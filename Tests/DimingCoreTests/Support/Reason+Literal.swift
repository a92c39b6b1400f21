import DimingCore

/// Tests write an expected reason as its English text; reasons compare by their English text,
/// so `.badLine(line: 3, reason: "lat 95 is outside -90…90")` matches the catalog's reason.
/// Only tests get this: the sources must say which message a reason is.
extension Reason: ExpressibleByStringInterpolation {
    public init(stringLiteral value: String) {
        self = .verbatim(value)
    }
}
