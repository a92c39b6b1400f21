import DimingCore
import HTTPTypes
import Hummingbird

/// Says which language an HTML page is in (`Content-Language`), and that it depends on
/// `Accept-Language` (`Vary`), so that a shared cache keeps one copy per language. Problems
/// say it themselves (``ProblemDocument``); a page that already names its language is left alone.
struct ContentLanguageMiddleware: RouterMiddleware {
    typealias Context = DimingRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        guard response.headers[.contentType]?.hasPrefix("text/html") == true, response.headers[.contentLanguage] == nil else {
            return response
        }
        response.headers[.contentLanguage] = request.language.rawValue
        let varies = response.headers[values: .vary].contains { $0.lowercased().contains("accept-language") }
        if !varies { response.headers.append(HTTPField(name: .vary, value: "Accept-Language")) }
        return response
    }
}
