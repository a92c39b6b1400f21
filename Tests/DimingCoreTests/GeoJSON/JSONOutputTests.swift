import Foundation
import Testing
@testable import DimingCore

/// Strings written by ``JSONOutput`` read back the same through Foundation's JSON parser,
/// escapes anywhere in the text (start, middle, end, runs) and any UTF-8 included.
@Suite struct JSONOutputTests {
    @Test(arguments: ["", "陆城街道", "5882d5ef-6d56-4779-a48a-78815c96badb", "\"", "\\", "a\"b\\c", "\"\"\"",
                      "line\nbreak\r\ttab", "\u{01}\u{1F}x\u{00}", "end\"", "😀 附1 \u{7F}", "\u{2028}"])
    func stringsReadBackTheSame(_ text: String) throws {
        var out = JSONOutput(capacity: 16)
        out.append(UInt8(ascii: "["))
        out.appendString(text)
        out.append(UInt8(ascii: "]"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(out.bytes)) as? [String])
        #expect(parsed == [text])
        #expect(!out.bytes.contains { $0 < 0x20 }, "control characters are escaped")
    }
}
