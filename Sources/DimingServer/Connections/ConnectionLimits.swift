/// Limits on connections, enforced below the HTTP parser (``RequestHeadGuard``): a client
/// that sends a head too long or too slowly, or holds sockets idle, must not take the server's
/// file descriptors or memory from everyone else.
public struct ConnectionLimits: Sendable {
    /// A request head must arrive whole within this long of its first byte (slowloris).
    public var headerTimeout: Duration
    /// A connection with no request for this long is closed.
    public var idleTimeout: Duration
    /// Open connections at most; a new one past it closes the one idle the longest.
    public var maxConnections: Int
    /// The request line (method, target, version) at most, else 414.
    public var maxRequestLineBytes: Int
    /// The whole head (request line and header fields) at most, else 431.
    public var maxHeadBytes: Int

    public init(headerTimeout: Duration = .seconds(10), idleTimeout: Duration = .seconds(60),
                maxConnections: Int = ConnectionLimits.defaultMaxConnections(),
                maxRequestLineBytes: Int = 8 << 10, maxHeadBytes: Int = 64 << 10) {
        self.headerTimeout = headerTimeout
        self.idleTimeout = idleTimeout
        self.maxConnections = maxConnections
        self.maxRequestLineBytes = maxRequestLineBytes
        self.maxHeadBytes = maxHeadBytes
    }

    /// What the process's file-descriptor limit allows, keeping 64 for the database files,
    /// logs and the listening socket, and at most 4,096.
    public static func defaultMaxConnections() -> Int {
        let limit = FileDescriptorLimit.current
        return max(16, min(4096, limit - 64))
    }
}
