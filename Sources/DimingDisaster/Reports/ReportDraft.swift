import DimingCore
import Crypto
import Foundation

/// A report as parsed from its GeoJSON Feature, before it is checked against the database:
/// the client's id, the point exactly as sent, the figures in stored units and the
/// canonical content whose hash decides whether a resend is the same report.
public struct ReportDraft: Sendable, Equatable {
    public enum LocationSource: String, Sendable, CaseIterable { case gps, map, typed }

    /// The client's UUID, lower case (a `uuid:` prefix as ODK sends it is dropped).
    public var uid: String
    public var lon: Double
    public var lat: Double
    public var event: Int64
    public var observedAt: String
    public var observedUTC: String
    public var locationSource: LocationSource
    public var accuracyM: Double?
    public var replaces: String?
    public var note: String?
    /// File names of the photos the report comes with.
    public var photos: [String]
    public var indicators: Indicators
    /// The 亩 text of an area entered in 亩, by its hectare indicator.
    public var enteredMu: [Indicator: String]
    /// Sorted keys, numbers as sent: equal for a byte-identical or a re-spaced resend.
    public let content: String
    /// Lower-case hex SHA-256 of `content`: computed once, by the parser, not by the writer.
    public let contentSHA256: String
    /// The web-map frame `lon`/`lat` were converted from (their text as sent is in `content`); nil when sent in CGCS2000/WGS 84.
    public var convertedFrom: SourceFrame? = nil

    /// The frame a report's `crs` names: `WGS84`, `CGCS2000` (or their EPSG codes), `GCJ-02`, `BD-09`, in any case.
    public static func frame(named text: String) -> SourceFrame? {
        switch text.uppercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "") {
        case "WGS84", "EPSG:4326": .wgs84
        case "CGCS2000", "EPSG:4490": .cgcs2000
        case "GCJ02": .gcj02
        case "BD09": .bd09
        default: nil
        }
    }

    static func sha256(of content: String) -> String {
        HexText.lowercase(SHA256.hash(data: Data(content.utf8)))
    }

    /// Worse than this, a position is flagged `low_accuracy`.
    public static let lowAccuracyMetres = 500.0
}
