import DimingCore
import DimingGazetteer
import Foundation
import Hummingbird

/// The naming tools: `GET /gazetteer/check?name=&category=&in=&reading=` (what the naming
/// checks would say of a name, writing nothing; ``Gazetteer/check(_:)`` as `diming place
/// check`) and `GET /pinyin?text=&form=&category=` (the spelling ``PinyinSpeller`` gives, as
/// `diming pinyin`).
struct GazetteerNamingController {
    let database: DimingDatabase

    func addRoutes(to group: RouterGroup<DimingRequestContext>) {
        group.get("/gazetteer/check", use: check)
        group.get("/pinyin", use: pinyin)
    }

    @Sendable func check(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let proposal = try GazetteerQuery.proposal(GazetteerQuery.parameters(request, allowed: ["name", "category", "in", "reading"]))
        let findings = try await Gazetteer(database).check(proposal)
        return GazetteerResponse.response(["name": .string(proposal.name), "findings": try GazetteerResponse.json(findings)])
    }

    @Sendable func pinyin(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let parameters = try GazetteerQuery.parameters(request, allowed: ["text", "form", "category", "reading"])
        let text = try GazetteerQuery.name(parameters, "text")
        let form = try parameters["form"].map { try GazetteerQuery.value($0, of: PinyinForm.self, field: "form") } ?? .toneless
        let category = try parameters["category"].map { try GazetteerQuery.value($0, of: PlaceCategory.self, field: "category") }
        let reading = try parameters["reading"].map { try GazetteerQuery.bounded($0, field: "reading") }
        // As `diming pinyin --reading`: a reading that does not fit the text is refused, not ignored.
        if let reading { _ = try PinyinSpeller.validateReading(reading, for: text) }
        let spelling = Gazetteer(database).speller.spell(text, category: category, reading: reading)
        let body: JSONValue = ["text": .string(text), "form": .string(form.rawValue), "pinyin": .string(spelling.text(form)),
                               "spelling": try GazetteerResponse.json(spelling)]
        return GazetteerResponse.response(body, cache: "max-age=3600")
    }
}
