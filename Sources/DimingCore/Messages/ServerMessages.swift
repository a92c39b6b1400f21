/// The texts of the HTTP server's own problems (`ServerProblem` in DimingServer) and of
/// `diming serve`'s start-up, kept in the core so that the one catalog holds them.
public enum ServerMessages {
    public static let timedOutTitle = Message("server.timedOut.title", zh: "请求超时", en: "Request timed out")
    public static let timedOut = Message("server.timedOut", zh: "请求未在 {seconds} 秒内得到答复；请重试，或少要一些（limit、bbox）",
                                         en: "the request was not answered within {seconds} s; try again, or ask for less (limit, bbox)")
    public static let bodyTimedOutTitle = Message("server.bodyTimedOut.title", zh: "请求体未按时到达", en: "Request body not received in time")
    public static let bodyTimedOut = Message("server.bodyTimedOut", zh: "请求体未在 {seconds} 秒内到达",
                                             en: "the request body did not arrive within {seconds} s")
    public static let bodyTooLargeTitle = Message("server.bodyTooLarge.title", zh: "请求体过大", en: "Request body too large")
    public static let bodyTooLarge = Message("server.bodyTooLarge", zh: "请求体超过了 {limit} 字节的上限",
                                             en: "the request body is larger than the limit of {limit} bytes")
    public static let noRouteTitle = Message("server.noRoute.title", zh: "未找到", en: "Not found")
    public static let noRoute = Message("server.noRoute", zh: "没有资源 {method} {path}；接口说明见 /api",
                                        en: "no resource {method} {path}; the API is described at /api")
    public static let invalidFormatTitle = Message("server.invalidFormat.title", zh: "不支持的输出格式", en: "Unsupported output format")
    public static let invalidFormat = Message("server.invalidFormat", zh: "此处不提供 f={f}；请用以下之一：{allowed}",
                                              en: "f={f} is not offered here; use one of {allowed}")
    public static let invalidBodyTitle = Message("server.invalidBody.title", zh: "请求体无效", en: "Invalid request body")
    public static let internalErrorTitle = Message("server.internalError.title", zh: "服务器内部错误", en: "Internal server error")
    public static let internalError = Message("server.internalError", zh: "服务器出错；详情见日志，请求编号 {requestId}",
                                              en: "the server failed; the log has the details under request id {requestId}")
    public static let headTimedOutTitle = Message("server.headTimedOut.title", zh: "请求头未按时到达", en: "Request head not received in time")
    public static let headTimedOut = Message("server.headTimedOut", zh: "请求头未在 {seconds} 秒内到达",
                                             en: "the request head did not arrive within {seconds} s")
    public static let uriTooLongTitle = Message("server.uriTooLong.title", zh: "请求行过长", en: "Request line too long")
    public static let uriTooLong = Message("server.uriTooLong", zh: "请求行超过 {limit} 字节；请用更少或更短的参数",
                                           en: "the request line is longer than {limit} bytes; ask with fewer or shorter parameters")
    public static let headTooLargeTitle = Message("server.headTooLarge.title", zh: "请求头字段过大", en: "Request header fields too large")
    public static let headTooLarge = Message("server.headTooLarge", zh: "请求头超过 {limit} 字节", en: "the request head is larger than {limit} bytes")
    public static let methodNotAllowedTitle = Message("server.methodNotAllowed.title", zh: "不允许的方法", en: "Method not allowed")
    public static let methodNotAllowed = Message("server.methodNotAllowed", zh: "{path} 不允许 {method}；允许：{allowed}",
                                                 en: "{method} is not allowed on {path}; allowed: {allowed}")
    /// Titles of the HTTP statuses Hummingbird raises itself, by code.
    public static let httpTitles: [Int: Message] = [
        400: Message("server.http.400", zh: "请求错误", en: "Bad Request"),
        404: Message("server.http.404", zh: "未找到", en: "Not Found"),
        405: Message("server.http.405", zh: "不允许的方法", en: "Method Not Allowed"),
        408: Message("server.http.408", zh: "请求超时", en: "Request Timeout"),
        413: Message("server.http.413", zh: "内容过大", en: "Content Too Large"),
        415: Message("server.http.415", zh: "不支持的媒体类型", en: "Unsupported Media Type"),
        500: Message("server.http.500", zh: "服务器内部错误", en: "Internal Server Error"),
        503: Message("server.http.503", zh: "服务暂不可用", en: "Service Unavailable"),
    ]
    public static func httpTitle(status: Int) -> Message? { httpTitles[status] }

    public static let portInUse = Message(
        "serve.portInUse",
        zh: "端口 {port} 已被占用（{host}）；请用 --port 换一个端口，或先停止占用它的程序",
        en: "port {port} is in use ({host}); choose another with --port, or stop the program using it")
    public static let cannotListenTitle = Message("serve.cannotListen.title", zh: "无法监听", en: "Cannot listen")
    public static let cannotListen = Message("serve.cannotListen", zh: "无法在 {host}:{port} 上监听：{reason}",
                                             en: "cannot listen on {host}:{port}: {reason}")

    static let all = [timedOutTitle, timedOut, bodyTimedOutTitle, bodyTimedOut, bodyTooLargeTitle, bodyTooLarge, noRouteTitle, noRoute,
                      invalidFormatTitle, invalidFormat, invalidBodyTitle, internalErrorTitle, internalError, headTimedOutTitle,
                      headTimedOut, uriTooLongTitle, uriTooLong, headTooLargeTitle, headTooLarge, methodNotAllowedTitle, methodNotAllowed,
                      portInUse, cannotListenTitle, cannotListen] + httpTitles.keys.sorted().compactMap { httpTitles[$0] }
}
