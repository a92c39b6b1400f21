/// SpatiaLite's internal BLOB geometry format, read and written in Swift.
///
/// Layout (SpatiaLite "BLOB-Geometry"): `0x00`, endian byte (`0x01` little), SRID (int32),
/// MBR min x, min y, max x, max y (4 doubles), `0x7C`, class type (int32), the body, `0xFE`.
/// Parts of a multi-geometry each start with the entity mark `0x69` and their own class type.
/// Writing the BLOB ourselves skips a round trip through WKB and SQL functions on import;
/// reading it directly is what makes export and `locate` loading fast.
public enum SpatiaLiteBlob {
    /// Encodes a 2-D geometry (little-endian, uncompressed), as `GeomFromWKB` would store it.
    public static func encode(_ geometry: Geometry, srid: Int32) -> [UInt8] {
        var writer = BlobWriter(capacity: 48 + geometry.positionCount * 16)
        let box = geometry.boundingBox ?? BoundingBox(minLon: 0, minLat: 0, maxLon: 0, maxLat: 0)
        writer.byte(0x00)
        writer.byte(0x01)
        writer.int32(srid)
        writer.double(box.minLon); writer.double(box.minLat)
        writer.double(box.maxLon); writer.double(box.maxLat)
        writer.byte(0x7C)
        writer.int32(geometry.type.classCode)
        switch geometry {
        case let .point(p): writer.position(p)
        case let .lineString(line): writer.positions(line)
        case let .polygon(rings): writer.rings(rings)
        case let .multiPoint(points):
            writer.int32(Int32(points.count))
            for p in points { writer.entity(.point); writer.position(p) }
        case let .multiLineString(lines):
            writer.int32(Int32(lines.count))
            for line in lines { writer.entity(.lineString); writer.positions(line) }
        case let .multiPolygon(polygons):
            writer.int32(Int32(polygons.count))
            for rings in polygons { writer.entity(.polygon); writer.rings(rings) }
        }
        writer.byte(0xFE)
        return writer.bytes
    }

    /// Decodes a SpatiaLite BLOB, dropping Z and M and expanding compressed lines and rings.
    public static func decode(_ bytes: UnsafeRawBufferPointer) throws(GeometryError) -> (geometry: Geometry, srid: Int32) {
        guard bytes.count >= 44, bytes[0] == 0x00, bytes[38] == 0x7C, bytes[bytes.count - 1] == 0xFE,
              bytes[1] == 0x00 || bytes[1] == 0x01
        else { throw .malformed(.verbatim("not a SpatiaLite geometry BLOB")) }
        var reader = BlobReader(bytes: bytes, littleEndian: bytes[1] == 0x01, offset: 2)
        let srid = try reader.int32()
        reader.offset = 39
        let geometry = try reader.geometry(classType: try reader.int32())
        return (geometry, srid)
    }

    public static func decode(_ bytes: [UInt8]) throws(GeometryError) -> (geometry: Geometry, srid: Int32) {
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(GeometryError) -> (geometry: Geometry, srid: Int32) in try decode(raw) }
        }
        return try result.get()
    }
}

private struct BlobWriter {
    var bytes: [UInt8]

    init(capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    mutating func byte(_ b: UInt8) { bytes.append(b) }

    mutating func int32(_ v: Int32) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func double(_ v: Double) {
        withUnsafeBytes(of: v.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func position(_ p: Position) {
        double(p.lon)
        double(p.lat)
    }

    mutating func positions(_ line: [Position]) {
        int32(Int32(line.count))
        for p in line { position(p) }
    }

    mutating func rings(_ rings: [[Position]]) {
        int32(Int32(rings.count))
        for ring in rings { positions(ring) }
    }

    mutating func entity(_ type: GeometryType) {
        byte(0x69)
        int32(type.classCode)
    }
}

/// The dimension model and compression a SpatiaLite class code carries.
private struct ClassCode {
    var base: Int32        // 1…7
    var dimensions: Int    // 2 (XY), 3 (XYZ, XYM) or 4 (XYZM)
    var compressed: Bool

    init(_ code: Int32) throws(GeometryError) {
        var c = code
        compressed = c >= 1_000_000
        if compressed { c -= 1_000_000 }
        let model = c / 1000
        base = c % 1000
        switch model {
        case 0: dimensions = 2
        case 1, 2: dimensions = 3
        case 3: dimensions = 4
        default: throw .malformed(.verbatim("unknown class type \(code)"))
        }
        guard (1...7).contains(base) else { throw .malformed(.verbatim("unknown class type \(code)")) }
    }
}

private struct BlobReader {
    let bytes: UnsafeRawBufferPointer
    let littleEndian: Bool
    var offset: Int

    mutating func need(_ n: Int) throws(GeometryError) {
        guard offset + n <= bytes.count else { throw .malformed(.verbatim("BLOB ends early")) }
    }

    mutating func int32() throws(GeometryError) -> Int32 {
        try need(4)
        let raw = bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
        offset += 4
        return Int32(bitPattern: littleEndian ? UInt32(littleEndian: raw) : UInt32(bigEndian: raw))
    }

    mutating func count() throws(GeometryError) -> Int {
        let n = Int(try int32())
        guard n >= 0, n <= bytes.count else { throw .malformed(.verbatim("bad element count \(n)")) }
        return n
    }

    mutating func double() throws(GeometryError) -> Double {
        try need(8)
        let raw = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        offset += 8
        return Double(bitPattern: littleEndian ? UInt64(littleEndian: raw) : UInt64(bigEndian: raw))
    }

    mutating func float() throws(GeometryError) -> Double {
        try need(4)
        let raw = bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
        offset += 4
        return Double(Float(bitPattern: littleEndian ? UInt32(littleEndian: raw) : UInt32(bigEndian: raw)))
    }

    /// One full-precision position of `dimensions` doubles, keeping x and y.
    mutating func position(_ dimensions: Int) throws(GeometryError) -> Position {
        let x = try double(), y = try double()
        if dimensions > 2 { offset += 8 * (dimensions - 2) }
        return Position(lon: x, lat: y)
    }

    mutating func positions(_ code: ClassCode) throws(GeometryError) -> [Position] {
        let n = try count()
        var out = [Position]()
        out.reserveCapacity(n)
        if !code.compressed {
            try need(n * 8 * code.dimensions)
            for _ in 0..<n { out.append(try position(code.dimensions)) }
            return out
        }
        // Compressed: first and last positions in doubles, the others as float deltas.
        var previous = Position(lon: 0, lat: 0)
        for i in 0..<n {
            if i == 0 || i == n - 1 {
                previous = try position(code.dimensions)
            } else {
                let dx = try float(), dy = try float()
                if code.dimensions > 2 { offset += 4 * (code.dimensions - 2) }
                previous = Position(lon: previous.lon + dx, lat: previous.lat + dy)
            }
            out.append(previous)
        }
        return out
    }

    mutating func rings(_ code: ClassCode) throws(GeometryError) -> [[Position]] {
        let n = try count()
        var rings = [[Position]]()
        rings.reserveCapacity(n)
        for _ in 0..<n { rings.append(try positions(code)) }
        return rings
    }

    mutating func entity(expecting base: Int32) throws(GeometryError) -> ClassCode {
        try need(1)
        guard bytes[offset] == 0x69 else { throw .malformed(.verbatim("missing entity mark")) }
        offset += 1
        let code = try ClassCode(try int32())
        guard code.base == base else { throw .malformed(.verbatim("mixed part types in a multi-geometry")) }
        return code
    }

    mutating func geometry(classType: Int32) throws(GeometryError) -> Geometry {
        let code = try ClassCode(classType)
        switch code.base {
        case 1: return .point(try position(code.dimensions))
        case 2: return .lineString(try positions(code))
        case 3: return .polygon(try rings(code))
        case 4:
            let n = try count()
            var points = [Position]()
            for _ in 0..<n { points.append(try position(try entity(expecting: 1).dimensions)) }
            return .multiPoint(points)
        case 5:
            let n = try count()
            var lines = [[Position]]()
            for _ in 0..<n { lines.append(try positions(try entity(expecting: 2))) }
            return .multiLineString(lines)
        case 6:
            let n = try count()
            var polygons = [[[Position]]]()
            for _ in 0..<n { polygons.append(try rings(try entity(expecting: 3))) }
            return .multiPolygon(polygons)
        default:
            throw .unsupportedGeometryType("GEOMETRYCOLLECTION")
        }
    }
}
