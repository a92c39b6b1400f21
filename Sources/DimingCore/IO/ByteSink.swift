import Foundation

/// Where exported bytes go: a file or standard output, written in large chunks.
public protocol ByteSink {
    func write(_ bytes: [UInt8]) throws
}

/// A file (created or truncated) or standard output.
public final class FileSink: ByteSink {
    private let handle: FileHandle
    private let ownsHandle: Bool

    public static func standardOutput() -> FileSink { FileSink(handle: .standardOutput, owns: false) }

    public init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw ImportError.unreadable(path: path, reason: Reason(IOMessages.cannotCreate))
        }
        self.handle = handle
        ownsHandle = true
    }

    private init(handle: FileHandle, owns: Bool) {
        self.handle = handle
        ownsHandle = owns
    }

    public func write(_ bytes: [UInt8]) throws {
        try handle.write(contentsOf: bytes)
    }

    deinit {
        if ownsHandle { try? handle.close() }
    }
}

/// Collects everything in memory (for tests and HTTP pages).
public final class MemorySink: ByteSink {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public func write(_ bytes: [UInt8]) throws {
        self.bytes.append(contentsOf: bytes)
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }
}
