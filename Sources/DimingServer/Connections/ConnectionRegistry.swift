import Foundation
import NIOCore

/// The open connections and when each was last active. At the limit, a new connection closes
/// the one idle the longest — preferring connections between requests — so that idle or stuck
/// sockets can never lock out a new client (`/health` included).
final class ConnectionRegistry: @unchecked Sendable {
    private struct Entry {
        let channel: any Channel
        var lastActive: NIODeadline
        var inRequest: Bool
    }

    private let lock = NSLock()
    private var entries: [ObjectIdentifier: Entry] = [:]
    let maxConnections: Int

    init(maxConnections: Int) {
        self.maxConnections = maxConnections
    }

    var count: Int { lock.withLock { entries.count } }

    /// Registers `channel`; returns the connection to close to make room, if any.
    func open(_ channel: any Channel) -> (any Channel)? {
        lock.withLock {
            var victim: (any Channel)?
            if entries.count >= maxConnections {
                let candidates = entries.filter { !$0.value.inRequest }
                let pool = candidates.isEmpty ? entries : candidates
                if let oldest = pool.min(by: { $0.value.lastActive < $1.value.lastActive }) {
                    entries[oldest.key] = nil
                    victim = oldest.value.channel
                }
            }
            entries[ObjectIdentifier(channel)] = Entry(channel: channel, lastActive: .now(), inRequest: false)
            return victim
        }
    }

    func touch(_ channel: any Channel, inRequest: Bool? = nil) {
        lock.withLock {
            let key = ObjectIdentifier(channel)
            entries[key]?.lastActive = .now()
            if let inRequest { entries[key]?.inRequest = inRequest }
        }
    }

    func close(_ channel: any Channel) {
        _ = lock.withLock { entries.removeValue(forKey: ObjectIdentifier(channel)) }
    }
}
