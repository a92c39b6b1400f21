import Foundation
import GRDB

extension Row {
    /// The geometry in a SpatiaLite BLOB column, decoded in place without copying the BLOB;
    /// nil for NULL.
    public func geometry(atIndex index: Int) throws -> Geometry? {
        try withUnsafeData(atIndex: index) { data -> Geometry? in
            guard let data else { return nil }
            return try data.withUnsafeBytes { raw in try SpatiaLiteBlob.decode(raw).geometry }
        }
    }
}
