import DimingCore

/// A line between two neighbouring divisions (a row of `boundary_lines`).
public struct BoundaryLine: Sendable, Equatable {
    /// `<smaller code>-<larger code>`: `420505-420581`.
    public var code: String
    public var leftCode: String
    public var rightCode: String
    public var leftName: String?
    public var rightName: String?
    public var level: String?
    public var lengthM: Double
    public var agreement: String?
    public var description: String?
    public var version: Int
    public var toleranceM: Double?
    public var derivedAt: String?
    /// lon/lat (CGCS2000), one or more parts.
    public var geometry: Geometry

    public init(code: String, leftCode: String, rightCode: String, leftName: String? = nil, rightName: String? = nil,
                level: String? = nil, lengthM: Double, agreement: String? = nil, description: String? = nil, version: Int = 1,
                toleranceM: Double? = nil, derivedAt: String? = nil, geometry: Geometry) {
        self.code = code; self.leftCode = leftCode; self.rightCode = rightCode
        self.leftName = leftName; self.rightName = rightName; self.level = level; self.lengthM = lengthM
        self.agreement = agreement; self.description = description; self.version = version
        self.toleranceM = toleranceM; self.derivedAt = derivedAt; self.geometry = geometry
    }

    /// The code of the line between `a` and `b`, whichever order they come in.
    public static func code(_ a: String, _ b: String) -> String { a < b ? "\(a)-\(b)" : "\(b)-\(a)" }
}

/// What `deriveLines` did.
public struct LineDerivation: Sendable, Equatable {
    /// Lines that are new.
    public var added: [String]
    /// Lines whose geometry changed: the previous version was kept in `boundary_line_versions`.
    public var changed: [String]
    /// Lines whose geometry is the same as before (not rewritten).
    public var unchanged: [String]
    /// Lines whose two divisions no longer touch: moved to the versions, removed from the layer.
    public var removed: [String]

    public init(added: [String] = [], changed: [String] = [], unchanged: [String] = [], removed: [String] = []) {
        self.added = added; self.changed = changed; self.unchanged = unchanged; self.removed = removed
    }
}

/// An earlier version of a line, kept when it was derived again.
public struct BoundaryLineVersion: Sendable, Equatable {
    public var code: String
    public var version: Int
    public var lengthM: Double?
    public var agreement: String?
    public var derivedAt: String?
    public var replacedAt: String
    public var reason: String?
    public var geometry: Geometry?

    public init(code: String, version: Int, lengthM: Double?, agreement: String?, derivedAt: String?, replacedAt: String,
                reason: String?, geometry: Geometry?) {
        self.code = code; self.version = version; self.lengthM = lengthM; self.agreement = agreement
        self.derivedAt = derivedAt; self.replacedAt = replacedAt; self.reason = reason; self.geometry = geometry
    }
}
