import Crypto

extension LayerFeature {
    /// A strong entity tag of the feature's content (RFC 9110 §8.8.3), without quotes: the
    /// first 128 bits of a SHA-256 over its id, its properties and its stored geometry. It
    /// changes with every edit and only then, whoever made it, so `If-Match` detects a
    /// concurrent change.
    public var entityTag: String {
        var hasher = SHA256()
        hasher.update(data: Array(idText.utf8) + [0])
        for (name, value) in properties {
            hasher.update(data: Array(name.utf8) + [0x1F] + Array(Self.canonical(value).utf8) + [0])
        }
        if let geometry {
            hasher.update(data: SpatiaLiteBlob.encode(geometry, srid: SpatialReference.storageSRID))
        }
        return hasher.finalize().prefix(16).map { byte in
            let hex = Array("0123456789abcdef".utf8)
            return String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 15)]], as: UTF8.self)
        }.joined()
    }

    private static func canonical(_ value: PropertyValue) -> String {
        switch value {
        case .null: "n"
        case let .bool(b): "b\(b)"
        case let .integer(i): "i\(i)"
        case let .real(d): "r\(d.bitPattern)"
        case let .string(s): "s" + s
        case let .json(s): "j" + s
        }
    }
}
