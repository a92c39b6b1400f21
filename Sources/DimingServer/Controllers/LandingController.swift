import DimingCore
import Hummingbird

/// `/`, `/conformance`, `/api` and `/api.html`: what a client reads before the data.
struct LandingController {
    let catalog: LayerCatalog
    let configuration: ServerConfiguration

    func addRoutes(to router: Router<DimingRequestContext>, readGate: ReadAccessMiddleware) {
        router.group().add(middleware: readGate)
            .get("/", use: landing)
            .get("/conformance", use: conformance)
        router.get("/api", use: api)
        router.get("/api.html", use: apiPage)
    }

    @Sendable func landing(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let query = try OGCQuery.check(request, allowed: ["f"])
        let format = try OutputFormat.from(request, query: query)
        let origin = RequestOrigin.of(context, configuration: configuration)
        let title = "地名 Diming 数据服务"
        let links = Link.selfAndAlternates(href: origin + "/", format: format) + [
            Link(href: origin + "/api", rel: "service-desc", type: MediaTypes.openAPI, title: "OpenAPI 3.0 定义"),
            Link(href: origin + "/api.html", rel: "service-doc", type: MediaTypes.htmlLink, title: "API 文档"),
            Link(href: origin + "/conformance", rel: "conformance", type: MediaTypes.json, title: "符合性 Conformance"),
            Link(href: origin + "/collections", rel: "data", type: MediaTypes.json, title: "数据集 Collections"),
        ]
        return try await ConditionalResponse.respond(to: request, versionKey: nil, lastModified: nil) {
            switch format {
            case .json:
                .json(["title": .string(title), "description": "OGC API - Features: 行政区划、道路、门牌、地名、应急避难场所",
                       "links": .array(links.map(\.json))])
            case .html: .html(HTMLViews.landing(title: PageMessages.serviceTitle.text(request.language), links: links, language: request.language))
            }
        }
    }

    @Sendable func conformance(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let query = try OGCQuery.check(request, allowed: ["f"])
        let format = try OutputFormat.from(request, query: query)
        return try await ConditionalResponse.respond(to: request, versionKey: nil, lastModified: nil) {
            switch format {
            case .json: .json(["conformsTo": .array(ConformanceClasses.all.map { .string($0) })])
            case .html: .html(HTMLViews.conformance(ConformanceClasses.all, language: request.language))
            }
        }
    }

    @Sendable func api(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try OGCQuery.check(request, allowed: ["f"])
        let origin = RequestOrigin.of(context, configuration: configuration)
        return try await ConditionalResponse.respond(to: request, versionKey: nil, lastModified: nil, negotiated: false) {
            .json(OpenAPIDocument.build(catalog: catalog, origin: origin), contentType: MediaTypes.openAPI)
        }
    }

    @Sendable func apiPage(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try OGCQuery.check(request, allowed: [])
        let origin = RequestOrigin.of(context, configuration: configuration)
        let document = OpenAPIDocument.build(catalog: catalog, origin: origin)
        var rows: [[HTMLPage.Cell]] = []
        if case let .object(paths)? = document["paths"] {
            for (path, item) in paths {
                guard case let .object(operations) = item else { continue }
                for (method, operation) in operations {
                    guard case let .string(summary)? = operation["summary"] else { continue }
                    rows.append([.text(method.uppercased()), .text(path), .text(summary)])
                }
            }
        }
        let language = request.language
        let page = HTMLPage(title: PageMessages.apiDocument.text(language), breadcrumbs: [(PageMessages.home.text(language), "/"), ("API", nil)],
                            jsonHref: "/api", body: HTMLPage.table(header: [PageMessages.method, PageMessages.path, PageMessages.description]
                                .map { $0.text(language) }, rows: rows), language: language)
        return try await ConditionalResponse.respond(to: request, versionKey: nil, lastModified: nil, negotiated: false) {
            .html(page.render())
        }
    }
}
