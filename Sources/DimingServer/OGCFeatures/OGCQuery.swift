import DimingCore
import Hummingbird

/// The query parameters of a request, refused when one is not `allowed` or repeated (the
/// conformance suite expects 400 for an unknown parameter).
enum OGCQuery {
    static func check(_ request: Request, allowed: Set<String>) throws -> [(name: String, value: String)] {
        let pairs = try QueryString.parse(request.uri.query)
        var seen = Set<String>()
        for (name, _) in pairs {
            guard allowed.contains(name) else { throw QueryError.unknownParameter(name, known: allowed.sorted()) }
            guard seen.insert(name).inserted else { throw QueryError.repeatedParameter(name) }
        }
        return pairs
    }
}
