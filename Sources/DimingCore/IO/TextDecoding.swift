import Foundation

/// The bytes of a text file to import, as UTF-8: the readers (CSV, GeoJSON) read only UTF-8.
enum TextDecoding {
    private static let chunkSize = 1 << 20

    /// `bytes` as UTF-8. UTF-8 (and `auto` on bytes that are UTF-8, or start with its BOM) is
    /// passed on as it is: the readers refuse a bad byte naming its line, field and column.
    static func utf8(_ bytes: [UInt8], encoding: TextEncoding) throws(EncodingError) -> [UInt8] {
        switch encoding {
        case .utf8: return bytes
        case .auto:
            if bytes.starts(with: UTF8Text.byteOrderMark) || UTF8Validation.isValid(bytes) { return bytes }
            do {
                return try decodeGB18030(bytes)
            } catch let .undecodable(line, hex, _) {
                throw .undecodable(line: line, bytes: hex, encoding: .auto)
            }
        case .gb18030: return try decodeGB18030(bytes)
        }
    }

    /// The GB18030 file at `path` as UTF-8, read a chunk at a time (its GB18030 bytes are never
    /// all in memory); `encoding` names the refusal (`auto`: neither UTF-8 nor GB18030).
    static func decodeGB18030(file handle: FileHandle, reporting encoding: TextEncoding) throws -> [UInt8] {
        let decoder = try GB18030Decoder()
        var output = [UInt8]()
        do {
            while true {
                let chunk = try handle.read(upToCount: chunkSize) ?? Data()
                try [UInt8](chunk).withUnsafeBufferPointer { (bytes) throws(EncodingError) in
                    try decoder.decode(bytes, isLast: chunk.isEmpty, into: &output)
                }
                if chunk.isEmpty { return output }
            }
        } catch let EncodingError.undecodable(line, hex, _) {
            throw EncodingError.undecodable(line: line, bytes: hex, encoding: encoding)
        }
    }

    private static func decodeGB18030(_ bytes: [UInt8]) throws(EncodingError) -> [UInt8] {
        let decoder = try GB18030Decoder()
        var output = [UInt8]()
        output.reserveCapacity(bytes.count + bytes.count / 2)
        try bytes.withUnsafeBufferPointer { (all) throws(EncodingError) in
            var start = 0
            repeat {
                let end = min(all.count, start + chunkSize)
                try decoder.decode(UnsafeBufferPointer(rebasing: all[start..<end]), isLast: end == all.count, into: &output)
                start = end
            } while start < all.count
        }
        return output
    }
}
