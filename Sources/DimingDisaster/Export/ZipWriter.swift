/// A ZIP archive (PKWARE APPNOTE 6.3) of stored, uncompressed entries, built in memory.
/// Foundation has no ZIP writer on Linux and the photos are JPEGs already compressed, so
/// STORE is enough; names are UTF-8 (flag bit 11) so that Chinese names survive.
struct ZipWriter {
    private(set) var bytes: [UInt8] = []
    private var central: [UInt8] = []
    private var count = 0
    /// The entries' time, as MS-DOS date and time (local file header format).
    private let dosTime: UInt16
    private let dosDate: UInt16

    init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        dosTime = UInt16(hour << 11 | minute << 5 | second / 2)
        dosDate = UInt16(max(0, year - 1980) << 9 | month << 5 | day)
    }

    mutating func add(_ name: String, _ content: [UInt8]) {
        let nameBytes = Array(name.utf8)
        let crc = CRC32.checksum(content)
        let offset = UInt32(bytes.count)
        // Local file header.
        append32(0x0403_4B50, to: &bytes)
        append16(20, to: &bytes)
        appendCommon(crc: crc, size: UInt32(content.count), nameLength: nameBytes.count, to: &bytes)
        append16(0, to: &bytes)
        bytes += nameBytes
        bytes += content
        // Its central directory record.
        append32(0x0201_4B50, to: &central)
        append16(0x0314, to: &central) // made by: Unix, 2.0
        append16(20, to: &central)
        appendCommon(crc: crc, size: UInt32(content.count), nameLength: nameBytes.count, to: &central)
        append16(0, to: &central) // extra
        append16(0, to: &central) // comment
        append16(0, to: &central) // disk
        append16(0, to: &central) // internal attributes
        append32(0o100644 << 16, to: &central) // external: a regular file, rw-r--r--
        append32(offset, to: &central)
        central += nameBytes
        count += 1
    }

    /// The archive with its central directory.
    func finished() -> [UInt8] {
        var out = bytes
        let start = UInt32(out.count)
        out += central
        append32(0x0605_4B50, to: &out)
        append16(0, to: &out)
        append16(0, to: &out)
        append16(UInt16(count), to: &out)
        append16(UInt16(count), to: &out)
        append32(UInt32(central.count), to: &out)
        append32(start, to: &out)
        append16(0, to: &out)
        return out
    }

    /// Flags, method, time, CRC, sizes and name length: the same in both headers.
    private func appendCommon(crc: UInt32, size: UInt32, nameLength: Int, to out: inout [UInt8]) {
        append16(1 << 11, to: &out) // UTF-8 names
        append16(0, to: &out) // STORE
        append16(dosTime, to: &out)
        append16(dosDate, to: &out)
        append32(crc, to: &out)
        append32(size, to: &out)
        append32(size, to: &out)
        append16(UInt16(nameLength), to: &out)
    }

    private func append16(_ value: UInt16, to out: inout [UInt8]) {
        out += [UInt8(value & 0xFF), UInt8(value >> 8)]
    }

    private func append32(_ value: UInt32, to out: inout [UInt8]) {
        out += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
    }
}

/// CRC-32 (ISO 3309, the one ZIP uses), table-driven.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in bytes { c = table[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
