import Foundation
import GRDB
import Testing
@testable import DimingCore

/// The catalog is the one source of truth about layers: walked here as `OpenAPITests` walks
/// the routes — every label, vocabulary, style hint and role is complete and consistent, the
/// tables of a new file are what the catalog says, and no layer name is spelled out by the
/// server, the CLI or the map.
@Suite struct LayerCatalogTests {
    static let catalog = LayerCatalog(modules: DimingModule.standard)

    @Test(arguments: catalog.layers.map(\.name))
    func everyLayerIsLabelledAndStyledFromItsOwnColumns(_ name: String) throws {
        let layer = try Self.catalog.layer(named: name)
        #expect(!layer.label.zh.isEmpty && !layer.label.en.isEmpty)
        #expect(layer.label.zh.unicodeScalars.contains { $0.properties.isIdeographic }, "a Chinese label: \(layer.label.zh)")
        for column in layer.columns {
            #expect(!column.label.zh.isEmpty && !column.label.en.isEmpty, "\(name).\(column.name)")
            for value in column.values ?? [] {
                #expect(!value.label.zh.isEmpty && !value.label.en.isEmpty, "\(name).\(column.name) = \(value.value)")
            }
            if let reference = column.references {
                #expect(Self.catalog[reference.layer] != nil, "\(name).\(column.name) references \(reference.layer)")
            }
        }
        let style = layer.style
        #expect(["areas-by-level", "lines-by-class", "house-numbers", "points-by-class"].contains(style.drawer))
        for property in [style.labelProperty, style.secondaryLabelProperty, style.classProperty].compactMap({ $0 }) {
            #expect(layer.column(named: property) != nil, "\(name) style names \(property)")
        }
        let vocabulary = style.classProperty.flatMap { layer.column(named: $0)?.values }.map { Set($0.map(\.value)) }
        for styled in style.classes {
            #expect(vocabulary?.contains(styled.value) == true, "\(name) styles class \(styled.value) outside its vocabulary")
        }
        #expect(!layer.editors.contains(.viewer))
        #expect(layer.isEditable(by: .admin))
    }

    /// Each layer's table in a new file has the catalog's columns with their types, and a
    /// required column is NOT NULL: a catalog change without a migration fails here.
    @Test func aNewFilesTablesAreWhatTheCatalogSays() throws {
        let database = try makeTestDatabase()
        try database.pool.read { db in
            for layer in Self.catalog.layers {
                let columns = try db.columns(in: layer.name)
                var expected = ["id": "INTEGER", Layer.geometryColumn: layer.geometryType.rawValue]
                if layer.key == .uuid { expected[FeatureKey.uuidColumn] = "TEXT" }
                for column in layer.columns { expected[column.name] = column.kind.rawValue }
                #expect(Dictionary(uniqueKeysWithValues: columns.map { ($0.name, $0.type.uppercased()) }) == expected, "\(layer.name)")
                for column in layer.columns where column.isRequired {
                    #expect(columns.first { $0.name == column.name }?.isNotNull == true, "\(layer.name).\(column.name) is required")
                }
            }
        }
    }

    /// Layer names live in the catalog: the server, the CLI and the web map read them from it.
    @Test func noLayerNameIsSpelledOutsideTheCatalog() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let names = Self.catalog.layers.map(\.name).joined(separator: "|")
        // A name quoted, in a collection path, or two names in a list.
        let pattern = try NSRegularExpression(pattern: "[\"'`](\(names))[\"'`]|/collections/(\(names))\\b|\\b(\(names)), (\(names))\\b")
        var offenders: [String] = []
        for folder in ["Sources/DimingServer", "Sources/diming", "maps"] {
            let enumerator = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let file = enumerator?.nextObject() as? URL {
                guard ["swift", "js", "html", "css"].contains(file.pathExtension) else { continue }
                let text = try String(contentsOf: file, encoding: .utf8)
                for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    guard !trimmed.hasPrefix("//"), !trimmed.hasPrefix("*"), !trimmed.hasPrefix("/*") else { continue }
                    let range = NSRange(line.startIndex..., in: line)
                    if pattern.firstMatch(in: String(line), range: range) != nil {
                        offenders.append("\(folder)/\(file.lastPathComponent):\(number + 1): \(trimmed)")
                    }
                }
            }
        }
        #expect(offenders.isEmpty, "layer names spelled out:\n\(offenders.joined(separator: "\n"))")
    }
}
