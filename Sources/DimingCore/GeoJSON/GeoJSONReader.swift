/// Reads RFC 7946 GeoJSON — a FeatureCollection, a single Feature, or an RFC 8142 sequence —
/// feature by feature, without building the whole document in memory.
///
/// Positions are read as given; ``Geometry/validate()`` and the layer's rules check them.
/// Errors name the line, column and feature number (counting from 1).
public struct GeoJSONReader {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Calls `body` with each feature of a FeatureCollection or a single Feature.
    public func forEachFeature(_ body: (Int, Feature) throws -> Void) throws {
        try bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer, offset: Self.textStart(buffer))
            var featureNumber = 0
            do {
                try readDocument(&scanner, featureNumber: &featureNumber, body)
            } catch let error as JSONSyntaxError {
                throw syntaxError(error, buffer: buffer, feature: featureNumber > 0 ? featureNumber : nil)
            }
        }
    }

    /// Calls `body` with each feature of a GeoJSON text sequence: RS-framed (RFC 8142) or,
    /// without any RS byte, one feature per line.
    public func forEachFeatureInSequence(_ body: (Int, Feature) throws -> Void) throws {
        let separator: UInt8 = bytes.contains(0x1E) ? 0x1E : 0x0A
        try bytes.withUnsafeBufferPointer { buffer in
            var featureNumber = 0
            var start = Self.textStart(buffer)
            while start < buffer.count {
                var stop = start
                while stop < buffer.count, buffer[stop] != separator { stop += 1 }
                var scanner = JSONScanner(buffer, offset: start, end: stop)
                if scanner.peek() != 0 {
                    featureNumber += 1
                    do {
                        let feature = try FeatureParser.feature(&scanner, number: featureNumber)
                        guard scanner.peek() == 0 else { throw scanner.error(IOMessages.jsonAfterFeature) }
                        try body(featureNumber, feature)
                    } catch let error as JSONSyntaxError {
                        throw syntaxError(error, buffer: buffer, feature: featureNumber)
                    }
                }
                start = stop + 1
            }
        }
    }

    private func readDocument(_ scanner: inout JSONScanner, featureNumber: inout Int,
                              _ body: (Int, Feature) throws -> Void) throws {
        guard scanner.peek() == UInt8(ascii: "{") else {
            throw ImportError.notGeoJSON(Reason(scanner.atEnd ? GeometryMessages.inputEmpty : GeometryMessages.notJSONObject))
        }
        var type: String?
        var single = FeatureParser.Members()
        if try scanner.beginObject() {
            repeat {
                let key = try scanner.key()
                switch key {
                case "type": type = try scanner.string()
                case "features":
                    guard scanner.peek() == UInt8(ascii: "[") else { throw scanner.error(IOMessages.jsonFeaturesArray) }
                    if try scanner.beginArray() {
                        repeat {
                            featureNumber += 1
                            let feature = try FeatureParser.feature(&scanner, number: featureNumber)
                            try body(featureNumber, feature)
                        } while try scanner.nextElement(close: UInt8(ascii: "]"))
                    }
                default:
                    try single.read(key: key, from: &scanner, number: 1)
                }
            } while try scanner.nextElement(close: UInt8(ascii: "}"))
        }
        guard scanner.peek() == 0 else { throw scanner.error(IOMessages.jsonAfterObject) }
        switch type {
        case "FeatureCollection": return
        case "Feature":
            featureNumber = 1
            single.type = type
            try body(1, try single.feature(number: 1))
        case let other?:
            throw ImportError.notGeoJSON(Reason(GeometryMessages.notCollection, ["type": other]))
        case nil:
            throw ImportError.notGeoJSON(Reason(GeometryMessages.noType))
        }
    }

    /// Where the JSON starts: after a UTF-8 byte order mark, which Windows editors write.
    private static func textStart(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        buffer.starts(with: UTF8Text.byteOrderMark) ? UTF8Text.byteOrderMark.count : 0
    }

    private func syntaxError(_ error: JSONSyntaxError, buffer: UnsafeBufferPointer<UInt8>, feature: Int?) -> ImportError {
        let (line, column) = UTF8Text.position(of: error.offset, in: buffer)
        // A text problem outside any named field, such as in a member name.
        let reason = error.isTextProblem ? Reason(IOMessages.stringProblem, reasons: ["reason": error.reason]) : error.reason
        return .syntax(line: line, column: column, reason: reason, feature: feature)
    }
}
