import ArgumentParser
import DimingCore
import Foundation

extension Diming {
    struct Locate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find the divisions containing a point: the smallest first, then its parents.",
            discussion: """
                `diming locate 111.45 30.39` prints the chain township → county → city, whether the \
                point lies on a border (within 1 cm) and the divisions across it, and the point in \
                Gauss-Krüger metres. A point on a shared border belongs to one side at every level, by a \
                fixed rule (the side east of it, north of an east-west border); a point on the outer edge \
                of the data is inside.
                `diming locate --batch < points.csv` reads CSV id,lon,lat (a header line is skipped) \
                and writes id,code,name,on_border,neighbour: the smallest division, with an empty code \
                when no division contains the point, true or false, and the codes across the border \
                joined by ";". A bad row is left out and named on standard error (`line 7: lat "abc" \
                is not a number`); every good row is still answered, and the exit code is non-zero at \
                the end (`2 of 5000 rows refused`). With --strict the first bad row stops the run: the \
                rows before it have been written, nothing after it.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "Longitude in degrees east.")
        var lon: Double?

        @Argument(help: "Latitude in degrees north.")
        var lat: Double?

        @Flag(help: "Read CSV id,lon,lat from standard input, write id,code,name,on_border,neighbour to standard output.")
        var batch = false

        @Flag(help: "With --batch: print load time and points per second to standard error.")
        var stats = false

        @Flag(help: "With --batch: stop at the first bad row; the rows before it have been written, nothing after it.")
        var strict = false

        func validate() throws {
            if batch && (lon != nil || lat != nil) { throw ValidationError("give either --batch or LON LAT, not both") }
            if !batch && (lon == nil || lat == nil) { throw ValidationError("give LON and LAT, or --batch") }
            if !batch && strict { throw ValidationError("--strict goes with --batch") }
        }

        func run() throws {
            let db = try database.open(.readOnly)
            let clock = ContinuousClock()
            let loadStart = clock.now
            let locator = try Locator.load(from: db)
            if batch {
                let loaded = clock.now
                let summary = try BatchLocator(locator: locator).run(input: .standardInput, to: FileSink.standardOutput(), strict: strict) {
                    FileHandle.standardError.write(Data("\($0.detail)\n".utf8))
                }
                if stats {
                    let load = (loaded - loadStart).seconds, run = (clock.now - loaded).seconds, count = summary.located
                    FileHandle.standardError.write(Data(String(format: "loaded %d divisions in %.3f s; located %d points in %.3f s (%.0f points/s)\n",
                                                               locator.divisions.count, load, count, run, Double(count) / max(run, 1e-9)).utf8))
                }
                try summary.check()
                return
            }
            let position: Position
            do { position = try Position(checkedLon: lon!, lat: lat!) } catch { throw LocateError.invalidPosition(error) }
            let result = locator.locate(position)
            if result.chain.isEmpty { print("no division contains \(lon!), \(lat!)") }
            for division in result.chain {
                print("\(division.code)  \(division.name)  \(division.level.rawValue)")
            }
            if !result.chain.isEmpty { print(result.onBorder ? "on border: yes" : "on border: no") }
            for neighbour in result.neighbours {
                print("across the border: \(neighbour.code)  \(neighbour.name)  \(neighbour.level.rawValue)")
            }
            if let metres = try ProjectedPoint.gaussKruger(position, in: db) {
                print(String(format: "Gauss-Krüger EPSG:%d: easting %.3f m, northing %.3f m",
                             metres.projection.epsg, metres.easting, metres.northing))
            }
        }
    }
}
