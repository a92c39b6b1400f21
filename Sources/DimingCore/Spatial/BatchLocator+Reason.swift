/// Why a batch row is refused, in words naming the field and its text. Only refused rows come
/// here, so the fast path of ``BatchLocator`` stays free of it.
extension BatchLocator {
    /// The first thing wrong with `text`, the part of a row after its id (`lon,lat`).
    static func reason(lonLat text: String) -> String {
        let fields = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard fields.count == 2 else { return "expected id,lon,lat, found \(fields.count + 1) fields" }
        let (lonText, latText) = (fields[0], fields[1])
        for (name, field) in [("lon", lonText), ("lat", latText)] where number(field) == nil {
            return field.isEmpty ? "\(name) is empty" : "\(name) \"\(field)\" is not a number"
        }
        guard let lon = number(lonText), let lat = number(latText) else { return "expected numbers for lon and lat" }
        if !lon.isFinite { return "lon \(lonText) is not a finite number" }
        if !lat.isFinite { return "lat \(latText) is not a finite number" }
        if abs(lat) > 90, abs(lat) <= 180, abs(lon) <= 90 {
            return "lat \(latText) is outside -90…90; it looks like lat,lon order — the columns are id,lon,lat"
        }
        if abs(lon) > 180 { return "lon \(lonText) is outside -180…180" }
        if abs(lat) > 90 { return "lat \(latText) is outside -90…90" }
        return "expected id,lon,lat with numbers for lon and lat"
    }

    /// `text` read the way the fast path reads it (a JSON number), or nil.
    private static func number(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> Double? in
            var scanner = JSONScanner(buffer)
            guard let value = try? scanner.number().value, scanner.peek() == 0 else { return nil }
            return value
        }
    }
}
