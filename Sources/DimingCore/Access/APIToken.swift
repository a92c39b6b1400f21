import Crypto
import Foundation

/// An API token's record: the secret itself is never stored, only its SHA-256.
public struct APIToken: Hashable, Sendable {
    public let id: Int64
    public let accountName: String
    public let label: String?
    public let createdAt: Date
    public let revokedAt: Date?

    public var isRevoked: Bool { revokedAt != nil }
}

/// A token just issued: the record and the secret, shown once.
public struct IssuedToken: Sendable {
    public let token: APIToken
    public let secret: String
}

/// Making and hashing token secrets.
public enum TokenSecret {
    /// Marks Diming tokens so they can be recognised in logs and secret scanners.
    public static let prefix = "dmt_"

    /// 32 random bytes from the system's cryptographic generator, base64url without padding.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let base64 = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return prefix + base64
    }

    /// The stored form: lowercase hex SHA-256 of the secret's UTF-8 bytes.
    public static func hash(_ secret: String) -> String {
        HexText.lowercase(SHA256.hash(data: Data(secret.utf8)))
    }
}
