/// Why a batch row is refused, in words naming the field and its text. Only refused rows come
/// here, so the fast path of ``BatchLocator`` stays free of it.
extension BatchLocator {
    /// The first thing wrong with `text`, the part of a row after its id (`lon,lat`).
    static func reason(lonLat text: String) -> Reason {
        let fields = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard fields.count == 2 else { return Reason(QueryMessages.rowFieldCount, ["count": String(fields.count + 1)]) }
        let (lonText, latText) = (fields[0], fields[1])
        for (name, field) in [("lon", lonText), ("lat", latText)] where number(field) == nil {
            return field.isEmpty ? Reason(QueryMessages.rowFieldEmpty, ["name": name])
                : Reason(QueryMessages.rowNotNumber, ["name": name, "text": field])
        }
        guard let lon = number(lonText), let lat = number(latText) else { return Reason(QueryMessages.rowNotNumbers) }
        if !lon.isFinite { return Reason(QueryMessages.rowNotFinite, ["name": "lon", "text": lonText]) }
        if !lat.isFinite { return Reason(QueryMessages.rowNotFinite, ["name": "lat", "text": latText]) }
        if abs(lat) > 90, abs(lat) <= 180, abs(lon) <= 90 {
            return Reason(QueryMessages.rowLatLonOrder, ["text": latText])
        }
        if abs(lon) > 180 { return Reason(QueryMessages.rowOutside, ["name": "lon", "text": lonText, "range": "-180…180"]) }
        if abs(lat) > 90 { return Reason(QueryMessages.rowOutside, ["name": "lat", "text": latText, "range": "-90…90"]) }
        return Reason(QueryMessages.rowExpected)
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
