import COpenCC
import Foundation

/// 繁简转换: traditional characters folded to simplified ones with OpenCC's `t2s.json` (its
/// phrase tables, not a character table), so that 運河北路 finds 运河北路.
///
/// An OpenCC handle is not thread-safe: the one shared handle is used under a lock (a
/// conversion takes microseconds, far less than a search).
public final class TraditionalChinese: @unchecked Sendable {
    /// The process's converter; nil when OpenCC's configuration cannot be opened (then text is
    /// searched as it is written).
    public static let shared: TraditionalChinese? = TraditionalChinese()

    private let handle: opencc_t
    private let lock = NSLock()

    private init?() {
        guard let opened = opencc_open("t2s.json"), Int(bitPattern: opened) != -1 else { return nil }
        handle = opened
    }

    deinit { _ = opencc_close(handle) }

    /// `text` in simplified characters; ASCII text comes back at once.
    public func simplified(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        lock.lock()
        defer { lock.unlock() }
        guard let converted = opencc_convert_utf8(handle, text, text.utf8.count) else { return text }
        defer { opencc_convert_utf8_free(converted) }
        return String(cString: converted)
    }

    /// `text` folded to simplified characters, or as it is when OpenCC is missing.
    public static func fold(_ text: String) -> String {
        shared?.simplified(text) ?? text
    }
}
