import DimingCore

/// What must hold of every feature a reader accepts, whatever the input: a finding is a trap.
public enum FeatureChecks {
    /// Reads `bytes` as `format`; errors are fine (their messages are built, as a user sees
    /// them), crashes and broken invariants are not.
    public static func read(_ bytes: UnsafeRawBufferPointer, as format: FeatureFormat) {
        let source = FeatureSource(bytes: Array(bytes), format: format)
        do {
            try source.forEachFeature { _, feature in check(feature) }
        } catch let problem as any Problem {
            precondition(!problem.detail.isEmpty, "an error without a message")
        } catch {
            preconditionFailure("a reader threw an error that is not a Problem: \(error)")
        }
    }

    /// Text is stored as read (no NUL to cut it short); a valid geometry survives the
    /// SpatiaLite BLOB unchanged and its WKT reads back.
    public static func check(_ feature: Feature) {
        for (name, value) in feature.properties {
            precondition(!name.utf8.contains(0), "a property name holds NUL")
            if case let .string(text) = value { precondition(!text.utf8.contains(0), "a property holds NUL") }
        }
        guard let geometry = feature.geometry, (try? geometry.validate()) != nil else { return }
        let decoded = try? SpatiaLiteBlob.decode(SpatiaLiteBlob.encode(geometry, srid: 4490))
        precondition(decoded?.geometry == geometry, "the BLOB round trip changed a geometry")
        precondition((try? WKTReader.parse(WKTWriter.string(geometry))) != nil, "written WKT does not read back")
    }
}
