/// Parses one GeoJSON Feature object and its geometry from a ``JSONScanner``.
enum FeatureParser {
    /// The members of a Feature, collected in whatever order they come.
    struct Members {
        var type: String?
        var id: FeatureID?
        var properties: [String: PropertyValue] = [:]
        var geometry: Geometry?

        mutating func read(key: String, from scanner: inout JSONScanner, number: Int) throws {
            switch key {
            case "type":
                guard scanner.peek() == UInt8(ascii: "\"") else { throw invalid(number, "type", Reason(GeometryMessages.mustBeString)) }
                type = try naming(key, number, &scanner) { s throws(JSONSyntaxError) in try s.string() }
            case "id":
                switch try naming(key, number, &scanner, { s throws(JSONSyntaxError) in try s.propertyValue() }) {
                case let .string(s): id = .string(s)
                case let .integer(i): id = .integer(i)
                case .null: id = nil
                case let other: throw invalid(number, "id", Reason(GeometryMessages.idKind, reasons: ["got": Reason(other.kindMessage)]))
                }
            case "properties":
                if scanner.peek() == UInt8(ascii: "n") { try scanner.literal("null"); return }
                guard scanner.peek() == UInt8(ascii: "{") else { throw invalid(number, "properties", Reason(GeometryMessages.objectOrNull)) }
                if try scanner.beginObject() {
                    repeat {
                        let name = try scanner.key()
                        properties[name] = try naming(name, number, &scanner) { s throws(JSONSyntaxError) in try s.propertyValue() }
                    } while try scanner.nextElement(close: UInt8(ascii: "}"))
                }
            case "geometry":
                geometry = try GeometryParser.geometry(&scanner, number: number)
            default:
                try scanner.skipValue()
            }
        }

        func feature(number: Int) throws -> Feature {
            guard type == "Feature" else {
                throw invalid(number, "type", type.map { Reason(GeometryMessages.notFeature, ["type": $0]) } ?? Reason(GeometryMessages.typeMissing))
            }
            return Feature(id: id, properties: properties, geometry: geometry)
        }
    }

    static func feature(_ scanner: inout JSONScanner, number: Int) throws -> Feature {
        switch scanner.peek() {
        case UInt8(ascii: "{"): break
        case 0: throw scanner.error(IOMessages.jsonEnd)
        default: throw invalid(number, "feature", Reason(GeometryMessages.notObject))
        }
        var members = Members()
        if try scanner.beginObject() {
            repeat {
                let key = try scanner.key()
                try members.read(key: key, from: &scanner, number: number)
            } while try scanner.nextElement(close: UInt8(ascii: "}"))
        }
        return try members.feature(number: number)
    }

    static func invalid(_ number: Int, _ field: String, _ reason: Reason) -> ImportError {
        .invalidFeature(feature: number, field: field, reason: reason)
    }

    /// Reads a value of `field`; text that cannot be stored (a NUL, not UTF-8) is refused
    /// naming the feature and the field (the reason gives the line and column).
    static func naming<T>(_ field: String, _ number: Int, _ scanner: inout JSONScanner,
                          _ read: (inout JSONScanner) throws(JSONSyntaxError) -> T) throws -> T {
        do {
            return try read(&scanner)
        } catch where error.isTextProblem {
            throw invalid(number, field, error.reason)
        }
    }
}

/// Parses a GeoJSON geometry object; `null` gives nil.
enum GeometryParser {
    /// Coordinates as nested arrays, before the `type` member says what they are.
    enum Nested {
        case empty
        case position(Position)
        case line([Position])
        case rings([[Position]])
        case polygons([[[Position]]])
    }

    static func geometry(_ scanner: inout JSONScanner, number: Int) throws -> Geometry? {
        if scanner.peek() == UInt8(ascii: "n") { try scanner.literal("null"); return nil }
        guard scanner.peek() == UInt8(ascii: "{") else {
            throw FeatureParser.invalid(number, "geometry", Reason(GeometryMessages.objectOrNull))
        }
        var typeName: String?
        var coordinates: Nested?
        if try scanner.beginObject() {
            repeat {
                switch try scanner.key() {
                case "type":
                    guard scanner.peek() == UInt8(ascii: "\"") else {
                        throw FeatureParser.invalid(number, "geometry.type", Reason(GeometryMessages.mustBeString))
                    }
                    typeName = try FeatureParser.naming("geometry.type", number, &scanner) { s throws(JSONSyntaxError) in try s.string() }
                case "coordinates":
                    guard scanner.peek() == UInt8(ascii: "[") else {
                        throw FeatureParser.invalid(number, "geometry.coordinates", Reason(GeometryMessages.mustBeArray))
                    }
                    coordinates = try nested(&scanner, depth: 1, number: number)
                default:
                    try scanner.skipValue()
                }
            } while try scanner.nextElement(close: UInt8(ascii: "}"))
        }
        guard let typeName else { throw FeatureParser.invalid(number, "geometry.type", Reason(GeometryMessages.missing)) }
        guard let type = GeometryType(geoJSONName: typeName) else {
            throw FeatureParser.invalid(number, "geometry.type", Reason(GeometryMessages.unsupportedType, ["type": typeName]))
        }
        guard let coordinates else { throw FeatureParser.invalid(number, "geometry.coordinates", Reason(GeometryMessages.missing)) }
        return try build(type, coordinates, number: number)
    }

    private static func build(_ type: GeometryType, _ c: Nested, number: Int) throws -> Geometry {
        switch (type, c) {
        case let (.point, .position(p)): return .point(p)
        case let (.lineString, .line(l)): return .lineString(l)
        case let (.multiPoint, .line(l)): return .multiPoint(l)
        case let (.polygon, .rings(r)): return .polygon(r)
        case let (.multiLineString, .rings(r)): return .multiLineString(r)
        case let (.multiPolygon, .polygons(p)): return .multiPolygon(p)
        case (.lineString, .empty): return .lineString([])
        case (.multiPoint, .empty): return .multiPoint([])
        case (.polygon, .empty): return .polygon([])
        case (.multiLineString, .empty): return .multiLineString([])
        case (.multiPolygon, .empty): return .multiPolygon([])
        default:
            throw FeatureParser.invalid(number, "geometry.coordinates", Reason(GeometryMessages.nesting, ["type": type.geoJSONName]))
        }
    }

    /// A MultiPolygon's numbers are 4 arrays deep, the most RFC 7946 needs. Arrays are read
    /// by recursion, so deeper ones are refused before it, or `[[[[…` would exhaust the stack.
    static let maximumDepth = 4

    /// Reads an array of coordinates, `depth` arrays deep, positions parsed straight into `Position`s.
    private static func nested(_ scanner: inout JSONScanner, depth: Int, number: Int) throws -> Nested {
        guard depth <= maximumDepth else {
            scanner.skipWhitespace()
            throw scanner.error(IOMessages.jsonCoordinatesNesting, ["depth": String(maximumDepth)])
        }
        guard try scanner.beginArray() else { return .empty }
        if scanner.peek() != UInt8(ascii: "[") {
            return .position(try positionBody(&scanner, number: number))
        }
        // Look one level down: an array of positions is read in a tight loop.
        let mark = scanner.offset
        scanner.offset += 1
        let childIsPosition = scanner.peek() != UInt8(ascii: "[") && scanner.peek() != UInt8(ascii: "]")
        scanner.offset = mark
        if childIsPosition {
            var line = [Position]()
            repeat {
                try scanner.expect(UInt8(ascii: "["), .verbatim("["))
                line.append(try positionBody(&scanner, number: number))
            } while try scanner.nextElement(close: UInt8(ascii: "]"))
            return .line(line)
        }
        var rings = [[Position]]()
        var polygons = [[[Position]]]()
        repeat {
            switch try nested(&scanner, depth: depth + 1, number: number) {
            case let .line(l) where polygons.isEmpty: rings.append(l)
            case .empty where polygons.isEmpty: rings.append([])
            case let .rings(r) where rings.isEmpty: polygons.append(r)
            default:
                throw FeatureParser.invalid(number, "geometry.coordinates", Reason(GeometryMessages.mixedDepths))
            }
        } while try scanner.nextElement(close: UInt8(ascii: "]"))
        return polygons.isEmpty ? .rings(rings) : .polygons(polygons)
    }

    /// Reads the numbers of a position after its `[`, through its `]`; extra ordinates dropped.
    private static func positionBody(_ scanner: inout JSONScanner, number: Int) throws -> Position {
        var values = (0.0, 0.0)
        var count = 0
        repeat {
            let c = scanner.peek()
            guard c == UInt8(ascii: "-") || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
                    || c == UInt8(ascii: "N") || c == UInt8(ascii: "I") else {
                if c == UInt8(ascii: "\"") || c == UInt8(ascii: "n") || c == UInt8(ascii: "t") || c == UInt8(ascii: "f") {
                    throw FeatureParser.invalid(number, "geometry.coordinates", Reason(GeometryMessages.positionNotNumber))
                }
                throw scanner.error(IOMessages.jsonPositionNumber)
            }
            let v = try scanner.number().value
            if count == 0 { values.0 = v } else if count == 1 { values.1 = v }
            count += 1
        } while try scanner.nextElement(close: UInt8(ascii: "]"))
        guard count >= 2 else {
            throw FeatureParser.invalid(number, "geometry.coordinates", Reason(GeometryMessages.positionCount, ["count": String(count)]))
        }
        return Position(lon: values.0, lat: values.1)
    }
}
