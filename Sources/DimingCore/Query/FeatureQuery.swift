/// What `/collections/{id}/items` asks of a layer, parsed from query parameters and checked
/// against the layer: page size, keyset cursor, bbox, datetime and equality filters on
/// attribute columns. Unknown and repeated parameters are refused, so a misspelt filter never
/// silently returns everything.
public struct FeatureQuery: Sendable, Equatable {
    /// Features per page: 1…``maximumLimit``; a larger value is refused with 400 (OGC 17-069r4
    /// permits either that or serving the maximum; the OpenAPI document states the maximum, so
    /// refusing is what it promises).
    public var limit: Int
    /// The internal row id of the last feature of the previous page (the `next` link's cursor).
    public var after: Int64?
    public var bbox: BoundingBox?
    public var datetime: TemporalFilter?
    /// Equality filters, in the order given.
    public var properties: [PropertyFilter]
    /// The SRID of the geometries returned (OGC API Part 2 `crs`), nil for the stored lon/lat;
    /// set by the server, never parsed here.
    public var outputSRID: Int32?
    /// A `bbox` given in a projected CRS (Part 2 `bbox-crs`): turned into lon/lat by the
    /// provider (PROJ), where it replaces ``bbox``.
    public var projectedBBox: ProjectedBoundingBox?
    /// The reader's division scope: only features inside it are seen (set from the account,
    /// never from a query parameter).
    public var scope: AccessScope = .everywhere

    public struct PropertyFilter: Sendable, Equatable {
        public var column: String
        public var value: PropertyValue
    }

    public static let defaultLimit = 10
    public static let maximumLimit = 10_000
    /// The parameters of every items request besides the layer's column filters.
    public static let standardParameters = ["limit", "bbox", "datetime", "after"]

    public init(limit: Int = defaultLimit, after: Int64? = nil, bbox: BoundingBox? = nil,
                datetime: TemporalFilter? = nil, properties: [PropertyFilter] = []) {
        self.limit = limit
        self.after = after
        self.bbox = bbox
        self.datetime = datetime
        self.properties = properties
    }

    /// The parameter names `layer`'s items take; `datetime` only when it has a time column.
    public static func parameterNames(for layer: Layer) -> [String] {
        standardParameters.filter { $0 != "datetime" || layer.temporalColumn != nil } + layer.columns.map(\.name)
    }

    /// Parses decoded query parameters; names in `passThrough` (e.g. the server's `f`) are
    /// accepted and left to the caller.
    public init(layer: Layer, parameters: [(name: String, value: String)], passThrough: Set<String> = []) throws(QueryError) {
        self.init()
        let known = Self.parameterNames(for: layer)
        var seen = Set<String>()
        for (name, value) in parameters {
            guard seen.insert(name).inserted else { throw .repeatedParameter(name) }
            if passThrough.contains(name) { continue }
            switch name {
            case "limit": limit = try Self.parseLimit(value)
            case "after":
                guard let id = Int64(value), id >= 0 else {
                    throw .invalidParameter("after", reason: Reason(QueryMessages.notNextCursor, ["text": value]))
                }
                after = id
            case "bbox":
                do { bbox = try BoundingBox(parsing: value) } catch {
                    throw .invalidParameter("bbox", reason: .problem(error))
                }
            case "datetime" where layer.temporalColumn != nil:
                datetime = try TemporalFilter(parsing: value)
            default:
                guard let column = layer.column(named: name) else {
                    throw .unknownParameter(name, known: (known + passThrough.sorted()))
                }
                properties.append(PropertyFilter(column: name, value: try Self.parseValue(value, for: column)))
            }
        }
    }

    static func parseLimit(_ text: String) throws(QueryError) -> Int {
        guard let value = Int(text) else {
            throw .invalidParameter("limit", reason: Reason(QueryMessages.notLimit, ["text": text, "maximum": String(maximumLimit)]))
        }
        guard (1...maximumLimit).contains(value) else {
            throw .invalidParameter("limit", reason: Reason(QueryMessages.limitOutOfRange, ["maximum": String(maximumLimit), "value": String(value)]))
        }
        return value
    }

    private static func parseValue(_ text: String, for column: LayerColumn) throws(QueryError) -> PropertyValue {
        switch column.kind {
        case .text:
            // A value outside a column's vocabulary can match nothing: say so rather than answer empty.
            if let allowed = column.allowedValues, !allowed.contains(text) {
                throw .invalidParameter(column.name, reason: Reason(QueryMessages.notOneOf, ["text": text, "allowed": allowed.joined(separator: ", ")]))
            }
            return .string(text)
        case .integer:
            guard let value = Int64(text) else { throw .invalidParameter(column.name, reason: Reason(QueryMessages.notInteger, ["text": text])) }
            return .integer(value)
        case .real:
            guard let value = Double(text), value.isFinite else { throw .invalidParameter(column.name, reason: Reason(QueryMessages.notNumber, ["text": text])) }
            return .real(value)
        }
    }
}
