import ArgumentParser
import DimingCore
import DimingGazetteer
import Foundation

extension Diming {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpMessages.importAbstract.localized(),
            discussion: HelpMessages.importDiscussion.localized() + "\n" + LayerHelp.columns)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp(HelpMessages.importLayer.localized(["layers": LayerHelp.names])))
        var layer: String

        @Argument(help: ArgumentHelp(HelpMessages.importFile.localized()))
        var file: String

        @Option(help: ArgumentHelp(HelpMessages.importFormat.localized()))
        var format: FeatureFormat?

        @Option(help: ArgumentHelp(HelpMessages.importEncoding.localized()))
        var encoding: TextEncoding = .auto

        @Option(name: .customLong("map"), help: ArgumentHelp(HelpMessages.importMap.localized(), valueName: "column=property"))
        var mappings: [String] = []

        @Option(name: .customLong("set"), help: ArgumentHelp(HelpMessages.importSet.localized(), valueName: "column=value"))
        var defaults: [String] = []

        @Flag(help: ArgumentHelp(HelpMessages.importReplace.localized()))
        var replace = false

        @Flag(help: ArgumentHelp(HelpMessages.importUpsert.localized()))
        var upsert = false

        @Flag(help: ArgumentHelp(HelpMessages.importNoValidityCheck.localized()))
        var noValidityCheck = false

        @Option(help: ArgumentHelp(HelpMessages.importFrom.localized(), valueName: "frame"))
        var from: SourceFrame?

        @Option(name: .customLong("source"), help: ArgumentHelp(HelpMessages.importSource.localized(), valueName: "text"))
        var dataSource: String?

        @Option(help: ArgumentHelp(HelpMessages.importLicence.localized(), valueName: "text"))
        var licence: String?

        func validate() throws {
            if replace && upsert { throw ValidationError(CommandMessages.replaceAndUpsert.localized()) }
        }

        func run() async throws {
            let db = try database.open(.readWrite)
            let target = try db.catalog.layer(named: layer)
            var options = ImportOptions(format: format, propertyMap: try Self.pairs(mappings, "--map"),
                                        defaults: try Self.pairs(defaults, "--set").mapValues(PropertyValue.string),
                                        replace: replace, checkValidity: !noValidityCheck, upsert: upsert,
                                        auditUser: LocalUser.name)
            options.sourceFrame = from ?? .cgcs2000
            let provenance = dataSource == nil && licence == nil ? nil
                : LayerSource(layer: target.name, source: dataSource, licence: licence, synthetic: false)
            let source = try FeatureSource(path: file, format: format, encoding: encoding)
            // Progress for large files, on a terminal only, so that logs stay clean.
            let showProgress = source.bytes.count > 10_000_000 && isatty(STDERR_FILENO) == 1
            let summary = try FeatureImporter(layer: target, options: options).run(source, into: db, provenance: provenance) { count in
                if showProgress { FileHandle.standardError.write(Data(("\r" + CommandMessages.importProgress.localized(["count": String(count)])).utf8)) }
            }
            if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            // Each loaded place gets its name record and search entries now, not at the next call.
            if target.name == Layer.places.name { try await Gazetteer(db).sync() }
            var line = CommandMessages.imported.localized(["layer": summary.layer, "count": String(summary.inserted)])
            if upsert { line += CommandMessages.importedUpdated.localized(["count": String(summary.updated)]) }
            if replace { line += CommandMessages.importedReplaced.localized(["count": String(summary.removed)]) }
            print(line)
            if !summary.ignoredProperties.isEmpty {
                FileHandle.standardError.write(Data((CommandMessages.ignoredProperties.localized(["names": summary.ignoredProperties.joined(separator: ", ")]) + "\n").utf8))
            }
        }

        static func pairs(_ items: [String], _ option: String) throws -> [String: String] {
            var result = [String: String]()
            for item in items {
                guard let eq = item.firstIndex(of: "="), eq != item.startIndex else {
                    throw ValidationError(CommandMessages.pairExpected.localized(["option": option, "item": item]))
                }
                result[String(item[..<eq])] = String(item[item.index(after: eq)...])
            }
            return result
        }
    }
}

extension FeatureFormat: ExpressibleByArgument {}
extension SourceFrame: ExpressibleByArgument {}

extension TextEncoding: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}
