import Glibc

/// Converts GB18030 (GBK, GB2312) to UTF-8 with glibc's iconv, a chunk at a time, so that a
/// large file is never held twice: Foundation on Linux has no GB18030 decoder.
final class GB18030Decoder {
    private let converter: iconv_t
    /// The end of the previous chunk when it cut a character in two.
    private var carry: [UInt8] = []
    /// The line the next chunk starts on, for errors.
    private var line = 1
    private static let scratchSize = 1 << 18
    private let scratch = UnsafeMutablePointer<CChar>.allocate(capacity: scratchSize)

    init() throws(EncodingError) {
        converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else {
            scratch.deallocate()
            throw .converterMissing
        }
    }

    deinit {
        iconv_close(converter)
        scratch.deallocate()
    }

    /// Appends `chunk`, decoded, to `output`; `isLast` for the end of the input, where a cut
    /// character is an error.
    func decode(_ chunk: UnsafeBufferPointer<UInt8>, isLast: Bool, into output: inout [UInt8]) throws(EncodingError) {
        var input = carry
        input.append(contentsOf: chunk)
        carry = []
        try input.withUnsafeMutableBufferPointer { (bytes: inout UnsafeMutableBufferPointer<UInt8>) throws(EncodingError) in
            guard let base = bytes.baseAddress else { return }
            var next: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(base).assumingMemoryBound(to: CChar.self)
            var left = bytes.count
            while left > 0 {
                var out: UnsafeMutablePointer<CChar>? = scratch
                var room = Self.scratchSize
                let result = iconv(converter, &next, &left, &out, &room)
                let failure = errno
                scratch.withMemoryRebound(to: UInt8.self, capacity: Self.scratchSize) {
                    output.append(contentsOf: UnsafeBufferPointer(start: $0, count: Self.scratchSize - room))
                }
                guard result == -1, failure != E2BIG else { continue }
                let offset = bytes.count - left
                if failure == EINVAL && !isLast {
                    carry = Array(bytes[offset...])
                    left = 0
                    break
                }
                throw EncodingError.undecodable(line: line + Self.newlines(in: UnsafeBufferPointer(rebasing: bytes[..<offset])),
                                                bytes: EncodingError.hex(UnsafeBufferPointer(bytes), from: offset),
                                                encoding: .gb18030)
            }
            line += Self.newlines(in: UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - carry.count)]))
        }
    }

    private static func newlines(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte == 0x0A { count += 1 }
        return count
    }
}
