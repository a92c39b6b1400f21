/// The help of `diming serve` and `diming user …`.
extension HelpMessages {
    // serve
    public static let serveAbstract = Message("help.serve", zh: "通过 HTTP 提供数据库：OGC API - Features、OpenAPI、网页地图、健康检查和指标。",
                                              en: "Serve the database over HTTP: OGC API - Features, OpenAPI, the web map, health and metrics.")
    public static let serveDiscussion = Message(
        "help.serve.discussion",
        zh: """
            只读的 OGC API - Features（供 QGIS、GDAL 和浏览器）在 /，OpenAPI 文档在 /api，地图在 /map，\
            另有 /health 和 /metrics。写入需要 API 令牌（`diming user token`）。照片和 PDF 用 \
            POST /collections/{id}/items/{featureId}/attachments 附加到要素上，以流方式存入 <db>.files/，\
            最大为 --max-upload-bytes；其他请求体都不得超过 --max-body。收到 SIGTERM 或 SIGINT 时平稳停止，\
            先答完正在处理的请求。
            """,
        en: """
            Read-only OGC API - Features (QGIS, GDAL and browsers) at /, the OpenAPI document at /api, \
            the map at /map, /health and /metrics. Writes need an API token (`diming user token`). \
            Photos and PDFs are attached to features with POST /collections/{id}/items/{featureId}/attachments, \
            streamed to <db>.files/ up to --max-upload-bytes; every other request body stays within --max-body. \
            Stops gracefully on SIGTERM or SIGINT, finishing requests in flight.
            """)
    public static let serveHost = Message("help.serve.host", zh: "监听的地址。", en: "The address to listen on.")
    public static let servePort = Message("help.serve.port", zh: "TCP 端口（0 表示任选一个空闲端口）。", en: "The TCP port (0 picks a free one).")
    public static let serveRead = Message("help.serve.read", zh: "谁可以读取，本次运行覆盖 read_access 设置。",
                                          en: "Who may read, overriding the read_access setting for this run.")
    public static let serveReadDiscussion = Message("help.serve.read.discussion", zh: "--open-read：任何人；--closed-read：任一有效的 API 令牌。",
                                                    en: "--open-read: anyone; --closed-read: any valid API token.")
    public static let serveMaxBody = Message("help.serve.maxBody", zh: "除上传外各路由接受的最大请求体（字节）；更大的得到 413。",
                                             en: "The largest request body accepted by every route but uploads, in bytes; larger ones get 413.")
    public static let serveMaxUpload = Message("help.serve.maxUpload", zh: "上传路由（附件）接受的最大文件（字节）；更大的得到 413。",
                                               en: "The largest file accepted by an upload route (attachments), in bytes; larger ones get 413.")
    public static let serveRequestTimeout = Message(
        "help.serve.requestTimeout",
        zh: "等待请求体（超时得到 408；上传则为等待其后续字节）和等待答复（超时得到 503）的秒数。",
        en: "Seconds to wait for a request body (then 408; an upload: for its next bytes) and for the answer (then 503).")
    public static let serveHeaderTimeout = Message("help.serve.headerTimeout", zh: "请求头开始后须在多少秒内到齐；否则得到 408 并关闭连接。",
                                                   en: "Seconds for a request head to arrive once begun; then 408 and the connection is closed.")
    public static let serveIdleTimeout = Message("help.serve.idleTimeout", zh: "连接没有请求时可保持打开的秒数，之后关闭。",
                                                 en: "Seconds a connection may stay open with no request before it is closed.")
    public static let serveMaxConnections = Message(
        "help.serve.maxConnections",
        zh: "最多打开的连接数；超过时关闭空闲最久的一个。默认：按打开文件数上限计算，最多 4096。",
        en: "Open connections at most; past it the longest idle one is closed. Default: from the open-file limit, at most 4096.")
    public static let serveBaseURL = Message("help.serve.baseURL", zh: "链接开头的公开地址（在代理之后时）；默认为客户端所连接的地址。",
                                             en: "The public URL links start with (behind a proxy); default: the address the client connected to.")
    public static let serveLogLevel = Message("help.serve.logLevel", zh: "日志级别：trace、debug、info、notice、warning、error 或 critical。",
                                              en: "Log level: trace, debug, info, notice, warning, error or critical.")

    // user
    public static let userAbstract = Message("help.user", zh: "管理账号及其 API 令牌（add、token、revoke、list）。",
                                             en: "Manage accounts and their API tokens (add, token, revoke, list).")
    public static let userDiscussion = Message(
        "help.user.discussion",
        zh: "角色：{roles}。add、token 和 revoke 以 local:<user> 记入审计日志（从不记录令牌的密文）。",
        en: "Roles: {roles}. add, token and revoke are recorded in the audit log as local:<user> (never a token's secret).")
    public static let userAddAbstract = Message("help.user.add", zh: "新建一个带角色的账号，可限定在某个区划。",
                                                en: "Create an account with a role, optionally limited to a division.")
    public static let userAddDiscussion = Message("help.user.add.discussion", zh: "区划必须在数据库的 divisions 中。管理员面向整个数据库：不接受 --division。",
                                                  en: "The division must be in the database's divisions. An admin is database-wide: it takes no --division.")
    public static let userName = Message("help.user.name", zh: "账号名（字母、数字、. _ - @）。", en: "The account name (letters, digits, . _ - @).")
    public static let userRole = Message("help.user.role", zh: "角色：{roles}。", en: "The role: {roles}.")
    public static let userDivision = Message(
        "help.user.division",
        zh: "把账号限定在数据库的这个区划及其内部（例如 420581001）；管理员不可用。",
        en: "Limit the account to this division of the database and what lies inside it (e.g. 420581001); not for admins.")
    public static let userTokenAbstract = Message("help.user.token", zh: "为账号签发新的 API 令牌并打印出来（只显示一次；只保存其哈希）。",
                                                  en: "Issue a new API token for an account and print it (shown once; only its hash is stored).")
    public static let userAccount = Message("help.user.account", zh: "账号名。", en: "The account name.")
    public static let userLabel = Message("help.user.label", zh: "注明令牌用在哪里的备注（例如 qgis-office-pc）。",
                                          en: "A note saying where the token is used (e.g. qgis-office-pc).")
    public static let userRevokeAbstract = Message("help.user.revoke", zh: "按编号吊销一个令牌，或用 --all 吊销某账号的全部令牌。",
                                                   en: "Revoke one token by id, or every token of an account with --all.")
    public static let userTokenID = Message("help.user.tokenID", zh: "令牌编号（见 `diming user list`）。", en: "The token id (from `diming user list`).")
    public static let userAll = Message("help.user.all", zh: "吊销该账号的全部令牌。", en: "Revoke every token of this account.")
    public static let userListAbstract = Message("help.user.list", zh: "列出账号及其令牌（从不显示密文）。",
                                                 en: "List accounts and their tokens (never the secrets).")
}
