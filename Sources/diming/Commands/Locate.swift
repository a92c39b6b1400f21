import ArgumentParser
import DimingCore
import Foundation

extension Diming {
    struct Locate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find the divisions containing a point: the smallest first, then its parents.",
            discussion: """
                `diming locate 111.45 30.39` prints the chain township → county → city. A point on a \
                shared border is assigned to one side by a fixed rule and the other side is named too.
                `diming locate --batch < points.csv` reads CSV id,lon,lat (a header line is skipped) \
                and writes id,code,name for the smallest division, with an empty code when no division \
                contains the point.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "Longitude in degrees east.")
        var lon: Double?

        @Argument(help: "Latitude in degrees north.")
        var lat: Double?

        @Flag(help: "Read CSV id,lon,lat from standard input, write id,code,name to standard output.")
        var batch = false

        func validate() throws {
            if batch && (lon != nil || lat != nil) { throw ValidationError("give either --batch or LON LAT, not both") }
            if !batch && (lon == nil || lat == nil) { throw ValidationError("give LON and LAT, or --batch") }
        }

        func run() throws {
            let db = try database.open()
            let locator = try Locator.load(from: db)
            if batch {
                try BatchLocator(locator: locator).run(input: .standardInput, to: FileSink.standardOutput())
                return
            }
            let position: Position
            do { position = try Position(checkedLon: lon!, lat: lat!) } catch { throw LocateError.invalidPosition(error) }
            let result = locator.locate(position)
            guard !result.chain.isEmpty else {
                print("no division contains \(lon!), \(lat!)")
                return
            }
            for division in result.chain {
                print("\(division.code)  \(division.name)  \(division.level.rawValue)")
            }
            for neighbour in result.onBorderWith {
                print("on the border with \(neighbour.code)  \(neighbour.name)")
            }
        }
    }
}
