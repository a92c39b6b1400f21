import Hummingbird
import HummingbirdCore
import Logging
import NIOCore

/// Hummingbird's HTTP/1.1 channel with a ``RequestHeadGuard`` in front of the parser and a
/// ``RequestEndObserver`` behind it (it finds the guard in the pipeline), sharing one
/// ``ConnectionRegistry`` across connections.
struct GuardedHTTP1Channel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value
    let http1: HTTP1Channel
    let limits: ConnectionLimits
    let registry: ConnectionRegistry

    init(responder: @escaping HTTPChannelHandler.Responder, limits: ConnectionLimits, registry: ConnectionRegistry) {
        self.limits = limits
        self.registry = registry
        // The parser's own limits sit above ours, so that ours answer first with a problem.
        var configuration = HTTP1Channel.Configuration(additionalChannelHandlers: [RequestEndObserver()],
                                                       idleTimeout: .nanoseconds(limits.idleTimeout.nanoseconds))
        configuration.httpDecoder = .init(maxHeaderFieldSize: limits.maxHeadBytes + 1024, maxHeaderListSize: limits.maxHeadBytes + 1024)
        http1 = HTTP1Channel(responder: responder, configuration: configuration)
    }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        let guardHandler = RequestHeadGuard(limits: limits, registry: registry)
        do {
            // A body the route refuses is read, until the connection closes, into buffers of up to
            // this size, several per wake-up: NIO's default 64 KiB made 400 refused 1 MiB uploads
            // cost the server ~60 MB at once. 16 KiB costs an upload only more, smaller reads.
            try channel.syncOptions?.setOption(ChannelOptions.recvAllocator, value: Self.receiveBuffers)
            try channel.pipeline.syncOperations.addHandler(guardHandler)
        } catch {
            return channel.eventLoop.makeFailedFuture(error)
        }
        return http1.setup(channel: channel, logger: logger)
    }

    static let receiveBuffers = AdaptiveRecvByteBufferAllocator(minimum: 64, initial: 2048, maximum: 16 * 1024)

    func handle(value: Value, logger: Logger) async {
        await http1.handle(value: value, logger: logger)
    }
}
