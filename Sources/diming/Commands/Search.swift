import ArgumentParser
import DimingCore
import DimingGazetteer
import Foundation

extension Diming {
    /// `diming search QUERY`: a few lines around ``Gazetteer/search(_:)``, as `GET /search`.
    struct Search: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: SearchHelpMessages.abstract.localized(),
            discussion: SearchHelpMessages.discussion.localized())

        enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp(SearchHelpMessages.query.localized()))
        var query: String?

        @Option(name: .customLong("in"), help: ArgumentHelp(SearchHelpMessages.division.localized(), valueName: "division"))
        var division: String?

        @Option(help: ArgumentHelp(SearchHelpMessages.category.localized(["categories": PlaceCategory.allCases.map(\.rawValue).joined(separator: ", ")]),
                                   valueName: "category"))
        var category: String?

        @Option(help: ArgumentHelp(SearchHelpMessages.limit.localized(["maximum": String(PlaceSearchQuery.maximumLimit),
                                                                       "default": String(PlaceSearchQuery.defaultLimit)])))
        var limit: Int?

        @Option(help: ArgumentHelp(SearchHelpMessages.format.localized()))
        var format: OutputFormat = .text

        @Flag(help: ArgumentHelp(SearchHelpMessages.includeReserved.localized()))
        var includeReserved = false

        @Flag(help: ArgumentHelp(SearchHelpMessages.rebuildIndex.localized()))
        var rebuildIndex = false

        /// The benchmark's mode (tools/bench/search): a file of `kind<TAB>query` lines, each
        /// searched `--repeat` times through the same call; prints the timings as JSON.
        @Option(help: .hidden)
        var bench: String?

        @Option(help: .hidden)
        var `repeat` = 5

        func validate() throws {
            if query == nil && !rebuildIndex && bench == nil { throw ValidationError(SearchHelpMessages.needsQuery.localized()) }
        }

        func run() async throws {
            if rebuildIndex {
                let count = try await Gazetteer(try database.open(.readWrite)).rebuildSearchIndex()
                print(SearchHelpMessages.rebuilt.localized(["count": String(count)]))
                if query == nil && bench == nil { return }
            }
            // Read-write: places another program changed are indexed before the search (the sync).
            let gazetteer = Gazetteer(try database.open(.readWrite))
            if let bench {
                try await SearchBench(gazetteer: gazetteer, repeats: `repeat`, limit: limit ?? PlaceSearchQuery.defaultLimit).run(file: bench)
                return
            }
            guard let query else { return }
            let checked = try PlaceSearchQuery.checked(text: query, division: division, category: category, limit: limit.map(String.init),
                                                       includeReserved: includeReserved)
            let results = try await gazetteer.search(checked)
            switch format {
            case .json:
                let document = SearchDocument(q: query, normalized: Gazetteer.normalizedSearchText(checked.text), results: results)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(document), as: UTF8.self))
            case .text:
                if results.isEmpty {
                    print(SearchMessages.noResults.localized(["q": query]))
                    return
                }
                                let rows = results.map { result in
                    [result.name, result.pinyin ?? "", result.category ?? "", result.division ?? "", result.matchedBy.rawValue,
                     String(format: "%.3f", result.score),
                     (result.label ?? "") + (result.historical ? SearchMessages.historicalMark.localized() : "")]
                }
                print(TextTable.render(header: SearchHelpMessages.header.columns, rows: rows))
            }
        }
    }
}

/// What `--format json` prints, as `GET /search` answers.
struct SearchDocument: Encodable {
    let q: String
    let normalized: String
    let results: [PlaceSearchResult]
}
