import ArgumentParser
import DimingCore

extension Diming {
    struct Layers: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpMessages.layersAbstract.localized())

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let db = try database.open(.readOnly)
            let statistics = try db.pool.read { conn in try db.catalog.layers.map { try LayerStatistics.read($0, in: conn) } }
            let rows = statistics.map { s in
                [s.name, String(s.featureCount), s.geometryType, String(s.srid),
                 s.extent.map { String(format: "%.4f,%.4f,%.4f,%.4f", $0.minLon, $0.minLat, $0.maxLon, $0.maxLat) } ?? CommandMessages.empty.localized(),
                 db.catalog[s.name]?.label.text(.process) ?? s.title]
            }
            print(TextTable.render(header: CommandMessages.layersHeader.columns, rows: rows))
        }
    }
}

import Foundation
