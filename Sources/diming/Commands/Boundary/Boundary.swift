import ArgumentParser
import DimingBoundaries
import DimingCore

extension Diming {
    /// `diming boundary …`: the inspector's commands, one file per subcommand in this folder.
    struct Boundary: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: BoundaryMessages.commandAbstract.localized(),
            subcommands: [Lines.self, Check.self, Markers.self, Inspect.self, Report.self, Simplify.self, Export.self])
    }
}

/// The database option of every `boundary` subcommand.
struct BoundaryOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions

    func boundaries(_ access: DatabaseAccess = .readWrite) throws -> Boundaries {
        Boundaries(try database.open(access))
    }
}

/// The output formats of the boundary commands: text for people (the default), JSON, GeoJSON.
enum BoundaryOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, geojson
}
