import DimingCore
import Foundation
import GRDB

/// The whole of an event in one ZIP: `event.json` (the event and its status changes),
/// `reports.geojson` and `reports.csv` (every version, rejected and superseded ones too, with
/// their review state and `is_current`), `reviews.json` (the review history) and the photos
/// under `files/<report id>/<sha256>.<ext>`, named by content. Photos a report expects that
/// never arrived, or whose file is gone from the store, are listed in `MISSING.txt`.
enum EventArchive {
    static func build(event: Int64, scope: AccessScope, store: AttachmentStore, now: Date = Date(), in db: Database) throws -> [UInt8] {
        let versions = try ReviewStore.list(event: event, filter: ReportFilter(allVersions: true, limit: Int.max), scope: scope, in: db)
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: now)
        var zip = ZipWriter(year: parts.year ?? 1980, month: parts.month ?? 1, day: parts.day ?? 1,
                            hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0)
        zip.add("event.json", try eventJSON(event, in: db))
        zip.add("reports.geojson", ReportExport.geojson(versions))
        zip.add("reports.csv", ReportExport.csv(versions))
        zip.add("reviews.json", reviewsJSON(try ReviewStore.reviews(of: versions.map(\.uid), in: db)))
        var missing: [String] = []
        for version in versions {
            let attachments = try Attachment
                .filter(Attachment.Columns.layer == Layer.disasterReports.name && Attachment.Columns.featureID == version.uid)
                .order(Attachment.Columns.id).fetchAll(db)
            for attachment in attachments {
                guard let url = store.contentURL(sha256: attachment.sha256), let content = FileManager.default.contents(atPath: url.path) else {
                    missing.append("\(version.uid)\t\(attachment.fileName ?? attachment.sha256)\tfile missing from the store / 存储中缺少文件")
                    continue
                }
                let ext = attachment.fileName.map { ($0 as NSString).pathExtension }.flatMap { $0.isEmpty ? nil : "." + $0 } ?? ""
                zip.add("files/\(version.uid)/\(attachment.sha256)\(ext.lowercased())", Array(content))
            }
            let arrived = Set(attachments.compactMap(\.fileName))
            for name in version.photoNames where !arrived.contains(name) {
                missing.append("\(version.uid)\t\(name)\tnot received / 未收到")
            }
        }
        if !missing.isEmpty {
            zip.add("MISSING.txt", Array(("report\tphoto\twhy\n" + missing.joined(separator: "\n") + "\n").utf8))
        }
        return zip.finished()
    }

    /// The event's row and its status changes, every column as stored.
    static func eventJSON(_ event: Int64, in db: Database) throws -> [UInt8] {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM disaster_events WHERE id = ?", arguments: [event]) else {
            throw ReviewError.unknownEvent(String(event))
        }
        let changes = try Row.fetchAll(db, sql: "SELECT * FROM disaster_event_changes WHERE event = ? ORDER BY id", arguments: [event])
        var out = JSONOutput(capacity: 4096)
        out.append("{\"event\":")
        appendObject(row, to: &out)
        out.append(",\"changes\":[")
        for (i, change) in changes.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            appendObject(change, to: &out)
        }
        out.append("]}\n")
        return out.bytes
    }

    static func reviewsJSON(_ reviews: [ReportReview]) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(reviews)) ?? Data("[]".utf8)) + [0x0A]
    }

    private static func appendObject(_ row: Row, to out: inout JSONOutput) {
        out.append("{")
        for (i, column) in row.columnNames.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.appendString(column)
            out.append(UInt8(ascii: ":"))
            switch row[i] as DatabaseValue {
            case let value where value.isNull: out.append("null")
            case let value:
                switch value.storage {
                case let .int64(n): out.appendInteger(n)
                case let .double(d): out.appendDouble(d)
                case let .string(s): out.appendString(s)
                default: out.append("null")
                }
            }
        }
        out.append("}")
    }
}
