import Foundation
import GRDB

extension Row {
    /// The geometry in a SpatiaLite BLOB column, decoded in place without copying the BLOB;
    /// nil for NULL.
    public func geometry(atIndex index: Int) throws -> Geometry? {
        try withUnsafeData(atIndex: index) { data in try Self.geometry(in: data) }
    }

    /// The geometry in the SpatiaLite BLOB column `column` (see ``geometry(atIndex:)``); nil for
    /// NULL or when the row has no such column.
    public func geometry(at column: some ColumnExpression) throws -> Geometry? {
        try withUnsafeData(at: column) { data in try Self.geometry(in: data) }
    }

    private static func geometry(in data: Data?) throws -> Geometry? {
        guard let data else { return nil }
        return try data.withUnsafeBytes { raw in try SpatiaLiteBlob.decode(raw).geometry }
    }
}
