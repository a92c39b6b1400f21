import DimingCore
import DimingGazetteer
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore

/// Builds the HTTP service over a database: one router (every route in one place), the
/// middleware stack, and the Hummingbird application `diming serve` runs.
public enum DimingServer {
    /// The application; run it in a `ServiceGroup` (``run(database:configuration:logger:)``
    /// does, with graceful shutdown on SIGTERM and SIGINT). `onServerRunning` receives the
    /// bound port (useful with port 0).
    public static func buildApplication(database: DimingDatabase, configuration: ServerConfiguration, logger: Logger,
                                        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let router = buildRouter(database: database, configuration: configuration, metrics: RequestMetrics())
        let limits = configuration.connections
        let registry = ConnectionRegistry(maxConnections: limits.maxConnections)
        return Application(
            router: router,
            server: HTTPServerBuilder { responder in
                GuardedHTTP1Channel(responder: responder, limits: limits, registry: registry)
            },
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Diming"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                logger.info("listening", metadata: ["url": .string("http://\(configuration.host):\(port)/"),
                                                    "max_connections": .stringConvertible(limits.maxConnections)])
                await onServerRunning(port)
            },
            logger: logger
        )
    }

    /// Middleware outermost first: log and metrics see the final status, CORS and the security
    /// headers reach every answer, compression sees rendered problems, problems are rendered
    /// from everything below (405, timeouts, 413, 401).
    static func buildRouter(database: DimingDatabase, configuration: ServerConfiguration,
                            metrics: RequestMetrics) -> Router<DimingRequestContext> {
        let router = Router(context: DimingRequestContext.self, options: .autoGenerateHeadEndpoints)
        let routes = RouteTable()
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: MetricsMiddleware(metrics: metrics))
        router.add(middleware: CORSMiddleware(
            allowOrigin: .all,
            allowHeaders: [.accept, .authorization, .contentType, .ifMatch, .ifNoneMatch, .acceptLanguage],
            allowMethods: [.get, .head, .post, .put, .patch, .delete, .options],
            exposedHeaders: ["ETag", "Location", "Content-Crs", "X-Request-Id", "Retry-After"],
            maxAge: .seconds(3600)))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: UnreadBodyMiddleware())
        router.add(middleware: CompressionMiddleware())
        router.add(middleware: ContentLanguageMiddleware())
        router.add(middleware: ProblemMiddleware())
        router.add(middleware: MethodNotAllowedMiddleware(routes: routes))
        let bodyLimits = RouteBodyLimits()
        router.add(middleware: BodyLimitMiddleware(limit: configuration.maxBodyBytes, routes: bodyLimits))
        router.add(middleware: TimeoutMiddleware(timeout: configuration.requestTimeout))
        let tokenConfirming = TokenConfirmingRoutes()
        router.add(middleware: AuthenticationMiddleware(database: database, confirmingRoutes: tokenConfirming))
        router.add(middleware: BasePathMiddleware(publicBaseURL: configuration.publicBaseURL))

        let readGate = ReadAccessMiddleware(database: database, override: configuration.readAccess)
        let data = router.group().add(middleware: readGate)
        LandingController(catalog: database.catalog, configuration: configuration).addRoutes(to: router, readGate: readGate)
        CollectionsController(database: database, configuration: configuration).addRoutes(to: data)
        ItemsController(database: database, configuration: configuration).addRoutes(to: data)
        let locators = LocatorCache(database: database)
        let reports = DisasterReportsController(database: database, locators: locators, configuration: configuration)
        FeatureEditingController(database: database, configuration: configuration, reports: reports).addRoutes(to: data)
        AttachmentsController(database: database, configuration: configuration).addRoutes(to: data, bodyLimits: bodyLimits)
        LocateController(locators: locators).addRoutes(to: data)
        GazetteerController(database: database, configuration: configuration).addRoutes(to: data)
        GazetteerWorkflowController(database: database, configuration: configuration).addRoutes(to: data)
        GazetteerNamingController(database: database).addRoutes(to: data)
        BoundaryLinesController(database: database).addRoutes(to: data)
        BoundaryMarkersController(database: database).addRoutes(to: data)
        reports.addRoutes(to: data, bodyLimits: bodyLimits, tokenConfirming: tokenConfirming)
        DisasterEventsController(database: database, configuration: configuration).addRoutes(to: data)
        SearchController(gazetteer: Gazetteer(database)).addRoutes(to: data)
        BoundaryExportController(database: database).addRoutes(to: data)
        DisasterReviewController(database: database).addRoutes(to: data)
        DisasterLocksController(database: database).addRoutes(to: data)
        DisasterFilingsController(database: database, configuration: configuration).addRoutes(to: data)
        DisasterExportController(database: database).addRoutes(to: data)
        OperationsController(database: database, metrics: metrics).addRoutes(to: router, readGate: data)
        AdministrationController(database: database).addRoutes(to: router)
        MapController(configuration: configuration, database: database).addRoutes(to: router, data: data)
        DisasterFieldFormController(configuration: configuration, map: MapController(configuration: configuration, database: database)).addRoutes(to: router)
        routes.load(router.routes)
        return router
    }
}
