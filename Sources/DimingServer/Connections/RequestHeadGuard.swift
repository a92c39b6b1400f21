import NIOCore

/// Sits in front of the HTTP parser and watches the raw bytes of each request head: a head
/// not complete within the header timeout gets 408, a request line over its limit 414, a head
/// over its limit 431 — each with a problem body, and the connection closed. It also keeps
/// the ``ConnectionRegistry`` up to date. The body is not watched here (``RequestEndObserver``
/// says when the request is over and the next head begins).
final class RequestHeadGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private enum State {
        /// Between requests, `received` bytes of the next head so far.
        case head(received: Int, lineEnded: Bool, tail: UInt32)
        /// The head is through; body bytes and the answer follow.
        case request
        case closing
    }

    private let limits: ConnectionLimits
    private let registry: ConnectionRegistry
    private var state = State.head(received: 0, lineEnded: false, tail: 0)
    private var headTimer: Scheduled<Void>?
    /// This handler's own context, for ``requestEnded()`` called from further down the pipeline.
    private var context: ChannelHandlerContext?

    init(limits: ConnectionLimits, registry: ConnectionRegistry) {
        self.limits = limits
        self.registry = registry
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }

    func channelActive(context: ChannelHandlerContext) {
        if let victim = registry.open(context.channel) { victim.close(promise: nil) }
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        headTimer?.cancel()
        registry.close(context.channel)
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        registry.touch(context.channel)
        switch state {
        case .closing:
            return
        case .request:
            context.fireChannelRead(data)
        case let .head(received, lineEnded, tail):
            if received == 0 && buffer.readableBytes > 0 { startHeadTimer(context: context) }
            scan(buffer, received: received, lineEnded: lineEnded, tail: tail, context: context)
            if case .closing = state { return }
            context.fireChannelRead(data)
        }
    }

    /// Counts head bytes up to the blank line that ends the head.
    private func scan(_ buffer: ByteBuffer, received: Int, lineEnded: Bool, tail: UInt32, context: ChannelHandlerContext) {
        var received = received, lineEnded = lineEnded, tail = tail
        for byte in buffer.readableBytesView {
            received += 1
            tail = tail << 8 | UInt32(byte)
            if !lineEnded && tail & 0xFFFF == 0x0D0A { lineEnded = true }
            if !lineEnded && received > limits.maxRequestLineBytes {
                return refuse(.uriTooLong(limit: limits.maxRequestLineBytes), context: context)
            }
            if tail == 0x0D0A_0D0A {
                headTimer?.cancel()
                headTimer = nil
                state = .request
                registry.touch(context.channel, inRequest: true)
                return
            }
            if received > limits.maxHeadBytes {
                return refuse(.headTooLarge(limit: limits.maxHeadBytes), context: context)
            }
        }
        state = .head(received: received, lineEnded: lineEnded, tail: tail)
    }

    /// Called by ``RequestEndObserver`` once the parser has read the whole request: what
    /// follows is the next request's head. The connection stays busy until its answer is out.
    func requestEnded() {
        guard context != nil, case .request = state else { return }
        state = .head(received: 0, lineEnded: false, tail: 0)
    }

    /// Called by ``RequestEndObserver`` once the whole answer has been written: the connection
    /// is idle again (and may be closed to make room for a new one).
    func responseEnded() {
        guard let context else { return }
        registry.touch(context.channel, inRequest: false)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        registry.touch(context.channel)
        context.write(data, promise: promise)
    }

    private func startHeadTimer(context: ChannelHandlerContext) {
        headTimer?.cancel()
        let limit = limits.headerTimeout
        headTimer = context.eventLoop.assumeIsolated().scheduleTask(in: .nanoseconds(limit.nanoseconds)) { [weak self] in
            guard let self, case .head = self.state else { return }
            self.refuse(.headTimedOut(seconds: limit.seconds), context: context)
        }
    }

    private func refuse(_ problem: ServerProblem, context: ChannelHandlerContext) {
        state = .closing
        headTimer?.cancel()
        headTimer = nil
        context.writeAndFlush(wrapOutboundOut(ProblemDocument.rawResponse(for: problem))).assumeIsolated().whenComplete { _ in
            context.close(promise: nil)
        }
    }
}

extension Duration {
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
