import Foundation
import Logging

/// Structured log lines on standard error, one event per line as `key=value` pairs (logfmt),
/// which `grep request_id=…` and log shippers read alike:
/// `ts=2025-01-01T08:00:00.123Z level=info msg=request hb.request.id=… method=GET path=/ status=200 ms=1.2`
public struct KeyValueLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    private let label: String

    public init(label: String) {
        self.label = label
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields = metadata
        if let extra = event.metadata { fields.merge(extra) { $1 } }
        var line = "ts=\(Self.timestamp()) level=\(event.level) logger=\(label) msg=\(Self.quoted(event.message.description))"
        for key in fields.keys.sorted() {
            line += " \(key)=\(Self.quoted(fields[key]!.description))"
        }
        line += "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    private static func quoted(_ text: String) -> String {
        // Most values (ids, paths, codes) are plain ASCII: a byte scan, not a walk over Characters.
        if !text.isEmpty, text.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "=") }) { return text }
        guard text.isEmpty || text.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    /// A value style, built once: every request logs a line, and an `ISO8601DateFormatter` per line cost more than the rest of it.
    private static let timestampStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    private static func timestamp() -> String {
        Date().formatted(timestampStyle)
    }
}
