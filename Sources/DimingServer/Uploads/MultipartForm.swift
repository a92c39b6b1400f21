import DimingCore
import Foundation

/// A `multipart/form-data` body (RFC 7578) split into its parts: the report's form sends the
/// Feature as the part `report` and each photo as a file part. The body is held whole (it is
/// bounded by the route's upload limit).
struct MultipartForm {
    struct Part {
        var name: String?
        var fileName: String?
        var contentType: String?
        var body: [UInt8]
    }

    let parts: [Part]

    /// The boundary of a `multipart/form-data; boundary=…` Content-Type, nil for other types.
    static func boundary(ofContentType type: String?) -> String? {
        guard let type, type.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in type.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" { return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
        return nil
    }

    /// nil when the body is not well-formed multipart with this boundary.
    init?(_ body: [UInt8], boundary: String) {
        let delimiter = Array(("--" + boundary).utf8)
        var positions: [Int] = []
        var index = 0
        while let found = ByteSearch.firstIndex(of: delimiter, in: body, from: index) {
            positions.append(found)
            index = found + delimiter.count
        }
        guard positions.count >= 2 else { return nil }
        var parts: [Part] = []
        for (start, end) in zip(positions, positions.dropFirst()) {
            var from = start + delimiter.count
            guard from + 2 <= end, body[from] == 0x0D, body[from + 1] == 0x0A else { return nil }
            from += 2
            // The part ends with CRLF before the next delimiter.
            let to = end - 2
            guard to >= from, let headerEnd = ByteSearch.firstIndex(of: Array("\r\n\r\n".utf8), in: body, from: from), headerEnd <= to else { return nil }
            var part = Part(body: Array(body[(headerEnd + 4)..<max(headerEnd + 4, to)]))
            let headers = String(decoding: body[from..<headerEnd], as: UTF8.self)
            for line in headers.components(separatedBy: "\r\n") {
                let pair = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pair.count == 2 else { continue }
                switch pair[0].lowercased() {
                case "content-type": part.contentType = pair[1]
                case "content-disposition":
                    part.name = Self.parameter("name", in: pair[1])
                    part.fileName = Self.parameter("filename", in: pair[1])
                default: break
                }
            }
            parts.append(part)
        }
        self.parts = parts
    }

    private static func parameter(_ name: String, in header: String) -> String? {
        for item in header.split(separator: ";").dropFirst() {
            let pair = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == name { return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
        return nil
    }
}
