import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A plain TCP socket to the test server, for what an HTTP client library will not send:
/// malformed escapes, oversized or trickled heads, idle connections. Used from one task at a
/// time (hence unchecked Sendable).
final class RawConnection: @unchecked Sendable {
    let fd: Int32

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw RawConnectionError.socket(errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(fd); throw RawConnectionError.connect(errno) }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(fd) }

    /// Sends the bytes; false when the server has closed the connection.
    @discardableResult
    func send(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } == bytes.count
    }

    /// Everything the server sends until it closes the connection or `timeout` passes, or
    /// once what came so far contains `marker` (a server that answers before reading a body
    /// may reset the connection, and a reset drops what was not yet read).
    func receiveAll(timeout seconds: Int = 30, until marker: String? = nil) -> String {
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n < 0 && received.isEmpty { received = Array("recv failed: errno \(errno)".utf8); break }
            if n <= 0 { break }
            received += buffer.prefix(n)
            if let marker, String(decoding: received, as: UTF8.self).contains(marker) { break }
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// One request with `Connection: close`, and the whole answer. The blocking socket calls run
    /// on a thread of their own: the server under test shares this process's cooperative pool.
    static func exchange(port: Int, _ request: String, timeout: Int = 30) async throws -> String {
        try await offPool {
            let connection = try RawConnection(port: port)
            connection.send(request)
            return connection.receiveAll(timeout: timeout)
        }
    }

    /// Runs blocking work on a thread of its own: not on the cooperative pool, nor on
    /// Dispatch's, where the server under test reads its files (a few sockets waiting there
    /// for its answer would starve it).
    static func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }

    /// The status code of a raw answer (0 when there was none).
    static func status(of answer: String) -> Int {
        let parts = answer.split(separator: " ", maxSplits: 2)
        return parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    }
}

enum RawConnectionError: Error {
    case socket(Int32)
    case connect(Int32)
}
