import ArgumentParser
import DimingCore
import Foundation

extension Diming {
    struct Locate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpMessages.locateAbstract.localized(),
            discussion: HelpMessages.locateDiscussion.localized())

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp(HelpMessages.locateLon.localized()))
        var lon: Double?

        @Argument(help: ArgumentHelp(HelpMessages.locateLat.localized()))
        var lat: Double?

        @Flag(help: ArgumentHelp(HelpMessages.locateBatch.localized()))
        var batch = false

        @Flag(help: ArgumentHelp(HelpMessages.locateStats.localized()))
        var stats = false

        @Flag(help: ArgumentHelp(HelpMessages.locateStrict.localized()))
        var strict = false

        func validate() throws {
            if batch && (lon != nil || lat != nil) { throw ValidationError(CommandMessages.locateBatchAndPoint.localized()) }
            if !batch && (lon == nil || lat == nil) { throw ValidationError(CommandMessages.locateNeedsPoint.localized()) }
            if !batch && strict { throw ValidationError(CommandMessages.strictNeedsBatch.localized()) }
        }

        func run() throws {
            let db = try database.open(.readOnly)
            let clock = ContinuousClock()
            let loadStart = clock.now
            let locator = try Locator.load(from: db)
            if batch {
                let loaded = clock.now
                let summary = try BatchLocator(locator: locator).run(input: .standardInput, to: FileSink.standardOutput(), strict: strict) {
                    FileHandle.standardError.write(Data("\($0.detail(in: .process))\n".utf8))
                }
                if stats {
                    let load = (loaded - loadStart).seconds, run = (clock.now - loaded).seconds, count = summary.located
                    FileHandle.standardError.write(Data((CommandMessages.locateStats.localized([
                        "count": String(locator.divisions.count), "loadSeconds": String(format: "%.3f", load), "points": String(count),
                        "runSeconds": String(format: "%.3f", run), "rate": String(format: "%.0f", Double(count) / max(run, 1e-9)),
                    ]) + "\n").utf8))
                }
                try summary.check()
                return
            }
            let position: Position
            do { position = try Position(checkedLon: lon!, lat: lat!) } catch { throw LocateError.invalidPosition(error) }
            let result = locator.locate(position)
            if result.chain.isEmpty { print(CommandMessages.noDivision.localized(["lon": "\(lon!)", "lat": "\(lat!)"])) }
            for division in result.chain {
                print("\(division.code)  \(division.name)  \(division.level.message.localized())")
            }
            if !result.chain.isEmpty { print((result.onBorder ? CommandMessages.onBorderYes : CommandMessages.onBorderNo).localized()) }
            for neighbour in result.neighbours {
                print(CommandMessages.acrossBorder.localized(["code": neighbour.code, "name": neighbour.name,
                                                              "level": neighbour.level.message.localized()]))
            }
            if let metres = try ProjectedPoint.gaussKruger(position, in: db) {
                print(CommandMessages.gaussKruger.localized(["epsg": String(metres.projection.epsg),
                                                             "easting": String(format: "%.3f", metres.easting),
                                                             "northing": String(format: "%.3f", metres.northing)]))
            }
        }
    }
}
