import Foundation
import Testing
@testable import DimingCore

/// The encoding detection and the GB18030 decoder under the readers.
@Suite struct TextDecodingTests {
    /// 测试湾,猇亭 in GB18030, as glibc's iconv program writes it.
    static let gb18030: [UInt8] = [0xB2, 0xE2, 0xCA, 0xD4, 0xCD, 0xE5, 0x2C, 0xAA, 0x56, 0xCD, 0xA4]

    @Test func gb18030BytesBecomeUTF8() throws {
        #expect(try TextDecoding.utf8(Self.gb18030, encoding: .gb18030) == Array("测试湾,猇亭".utf8))
        #expect(try TextDecoding.utf8(Self.gb18030, encoding: .auto) == Array("测试湾,猇亭".utf8))
    }

    @Test func utf8StaysAsItIs() throws {
        let text = Array("\u{FEFF}名称,lon\n陆城,111\n".utf8)
        #expect(try TextDecoding.utf8(text, encoding: .auto) == text)
        #expect(try TextDecoding.utf8(Self.gb18030, encoding: .utf8) == Self.gb18030, "the readers refuse it, naming the field")
    }

    @Test func aCharacterCutByAChunkBoundaryIsDecodedWhole() throws {
        // U+20000 is four bytes in GB18030 (0x95 0x32 0x82 0x36): every split of it must decode.
        let four: [UInt8] = [0x95, 0x32, 0x82, 0x36]
        for cut in 1..<4 {
            let decoder = try GB18030Decoder()
            var out = [UInt8]()
            try four[..<cut].withUnsafeBufferPointer { try decoder.decode($0, isLast: false, into: &out) }
            try four[cut...].withUnsafeBufferPointer { try decoder.decode($0, isLast: true, into: &out) }
            #expect(out == Array("\u{20000}".utf8))
        }
    }

    @Test func theRefusalNamesTheLineAndTheBytes() {
        let bytes = Array("a,b\n1,2\n".utf8) + [0x80, 0x41]
        #expect(throws: EncodingError.undecodable(line: 3, bytes: "0x80", encoding: .auto)) {
            try TextDecoding.utf8(bytes, encoding: .auto)
        }
        #expect(throws: EncodingError.undecodable(line: 1, bytes: "0xB2", encoding: .gb18030)) {
            try TextDecoding.utf8([0xB2], encoding: .gb18030)
        }
    }

    @Test func theFastValidatorAgreesWithTheStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [Array("ascii text, 1234567890".utf8), Array("陆城".utf8), Array("𠀀".utf8),
                                 [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xB8], [0xFF], [0x80]]
        for _ in 0..<2000 {
            var bytes = [UInt8]()
            for _ in 0..<Int.random(in: 0...6, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            #expect(UTF8Validation.isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }
}
