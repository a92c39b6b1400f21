import ArgumentParser

@main
struct Diming: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diming",
        abstract: "地名 Diming: the gazetteer, boundaries and disaster reports of a county civil-affairs bureau, on SpatiaLite.",
        discussion: """
            Every command works on one SpatiaLite file (--db, $DIMING_DB, or ./diming.sqlite). \
            Geometries are stored as CGCS2000 lon/lat (EPSG:4490); metres are computed in a \
            CGCS2000 3-degree Gauss-Kruger projection (EPSG:4546 for Yidu).
            """,
        version: "0.1.0",
        subcommands: [Init.self, Demo.self, Import.self, Export.self, Layers.self, Locate.self, Config.self, Serve.self, User.self]
    )
}
