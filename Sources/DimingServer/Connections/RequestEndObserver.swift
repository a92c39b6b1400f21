import NIOCore
import NIOHTTPTypes

/// Behind the HTTP parser: tells the ``RequestHeadGuard`` in front of it when a request has
/// been read to its end, so that the next bytes are counted as the next request's head.
final class RequestEndObserver: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart

    private var guardHandler: RequestHeadGuard?

    func handlerAdded(context: ChannelHandlerContext) {
        guardHandler = try? context.pipeline.syncOperations.handler(type: RequestHeadGuard.self)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .end = unwrapInboundIn(data) { guardHandler?.requestEnded() }
        context.fireChannelRead(data)
    }
}
