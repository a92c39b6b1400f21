import NIOCore
import NIOHTTPTypes

/// Behind the HTTP parser: tells the ``RequestHeadGuard`` in front of it when a request has
/// been read to its end (the next bytes are the next request's head) and when its answer has
/// been written (the connection is idle again).
final class RequestEndObserver: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private var guardHandler: RequestHeadGuard?

    func handlerAdded(context: ChannelHandlerContext) {
        guardHandler = try? context.pipeline.syncOperations.handler(type: RequestHeadGuard.self)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .end = unwrapInboundIn(data) { guardHandler?.requestEnded() }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { guardHandler?.responseEnded() }
        context.write(data, promise: promise)
    }
}
