import Testing
@testable import DimingCore

/// The byte search multipart bodies and report contents share: the first occurrence at or after
/// a position, at the very start and end, and none past the end.
@Suite struct ByteSearchTests {
    @Test func findsTheFirstOccurrenceFromAPosition() {
        let haystack = Array("--b\r\nx--b\r\n--b".utf8), needle = Array("--b".utf8)
        #expect(ByteSearch.firstIndex(of: needle, in: haystack) == 0)
        #expect(ByteSearch.firstIndex(of: needle, in: haystack, from: 1) == 6)
        #expect(ByteSearch.firstIndex(of: needle, in: haystack, from: 7) == 11)
        #expect(ByteSearch.firstIndex(of: needle, in: haystack, from: 12) == nil)
        #expect(ByteSearch.firstIndex(of: Array("--c".utf8), in: haystack) == nil)
        #expect(ByteSearch.firstIndex(of: [], in: haystack) == nil)
        #expect(ByteSearch.firstIndex(of: needle, in: Array("--".utf8)) == nil)
    }

    @Test func findsAKeyInUTF8Text() {
        #expect(ByteSearch.contains(Array(#""houses""#.utf8), in: #"{"note":"房屋","houses":[]}"#))
        #expect(!ByteSearch.contains(Array(#""houses""#.utf8), in: #"{"note":"houses 倒塌"}"#))
    }
}
