import DimingCore
import Hummingbird

extension Request {
    /// The language the client asked for in `Accept-Language`: Chinese when asked, else English.
    var language: Language { Language(acceptLanguage: headers[.acceptLanguage]) }
}
