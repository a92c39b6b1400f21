import DimingCore
import DimingGazetteer
import Foundation

/// How `diming place` prints places, names and events: text in the locale's language, or JSON.
enum PlaceOutput {
    static func line(_ place: PlaceRecord) -> [String] {
        [place.id, place.name, place.pinyin?.toneless ?? "", place.category ?? "", place.status.words(in: .process), place.division ?? ""]
    }

    static func table(_ places: [PlaceRecord]) -> String {
        TextTable.render(header: PlaceMessages.header.columns, rows: places.map(line))
    }

    static func detail(_ detail: PlaceDetail) -> String {
        var text = table([detail.place]) + "\n\n"
        text += TextTable.render(header: PlaceMessages.namesHeader.columns, rows: detail.names.map { name in
            [name.name, name.kind.rawValue, name.status.words(in: .process), name.validFrom ?? "", name.validTo ?? "", name.document ?? ""]
        })
        if !detail.supersedes.isEmpty { text += "\n" + PlaceMessages.supersedes.localized(["ids": detail.supersedes.joined(separator: ", ")]) }
        if !detail.supersededBy.isEmpty { text += "\n" + PlaceMessages.supersededBy.localized(["ids": detail.supersededBy.joined(separator: ", ")]) }
        return text
    }

    static func events(_ events: [PlaceEvent]) -> String {
        TextTable.render(header: PlaceMessages.eventsHeader.columns, rows: events.map { event in
            let status = [event.fromStatus, event.toStatus].map { $0 ?? "-" }.joined(separator: "→")
            return [event.at, event.action, event.account, status, event.name ?? "", event.document ?? "", event.effective ?? "", event.reason ?? ""]
        })
    }

    /// Review and warning findings of the naming checks, on standard error.
    static func findings(_ findings: [NamingFinding]) {
        for finding in findings {
            let text = Language.process == .zh ? finding.zh : finding.en
            FileHandle.standardError.write(Data((PlaceMessages.finding.localized(
                ["code": finding.code, "severity": finding.severity.rawValue, "text": text]) + "\n").utf8))
        }
    }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
