import CGDAL

/// A GeoPackage, Shapefile or KML that GDAL could not read or write, in one line (GDAL's own
/// message, never printed by GDAL itself). Nothing is imported; an export leaves no file.
public struct GDALError: Problem, Equatable {
    public var path: String
    public var use: FormatError.Use
    public var reason: Reason

    public var status: Int { 400 }
    public var type: String { "unreadable-file" }
    public func title(in language: Language) -> String { IOMessages.unreadableTitle.text(language) }

    public func detail(in language: Language) -> String {
        let verb = (use == .read ? IOMessages.read : IOMessages.write).text(language)
        return FileIOMessages.gdalFailed.text(language, ["use": verb, "path": path, "reason": reason.text(in: language)])
    }

}

/// GDAL set up once per process: every driver registered, and its messages kept for our errors
/// instead of printed on stderr.
enum GDAL {
    private static let setUp: Void = {
        GDALAllRegister()
        CPLSetErrorHandler(CPLQuietErrorHandler)
    }()

    static func start() { _ = setUp }

    /// GDAL's last error message on this thread, one line; `fallback` when it has none.
    static func lastError(_ fallback: Reason) -> Reason {
        let message = CPLGetLastErrorMsg().map { String(cString: $0) } ?? ""
        let line = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.isEmpty ? fallback : .verbatim(line)
    }

    /// Whether a GDAL call since the last ``resetErrors()`` failed (a read error ends a layer
    /// early without saying so otherwise).
    static var failed: Bool { CPLGetLastErrorType().rawValue >= CE_Failure.rawValue }

    static func resetErrors() { CPLErrorReset() }

    /// A NULL-terminated string list (`char **`) for GDAL's options; free with `CSLDestroy`.
    static func stringList(_ items: [String]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        for item in items { list = CSLAddString(list, item) }
        return list
    }
}
