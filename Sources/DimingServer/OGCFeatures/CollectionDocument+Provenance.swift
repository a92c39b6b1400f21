import DimingCore

/// Where a collection's data come from, as OGC API Common's `attribution`, a `license` link and
/// `x-diming.provenance` (the map shows the attribution; the contract is in the README).
extension CollectionDocument {
    /// `document` with the provenance members added; unchanged when none is recorded.
    static func adding(_ provenance: LayerSource?, to document: JSONValue) -> JSONValue {
        guard let provenance, case var .object(members) = document else { return document }
        for (index, (key, value)) in members.enumerated() {
            switch (key, value) {
            case let ("links", .array(links)):
                if let url = provenance.licenceURL {
                    let title = provenance.licence ?? url
                    members[index].1 = .array(links + [Link(href: url, rel: "license", type: MediaTypes.htmlLink, title: title).json])
                }
            case let ("x-diming", .object(metadata)):
                members[index].1 = .object(metadata + [("provenance", json(provenance))])
            default: break
            }
        }
        if let attribution = provenance.attribution {
            let at = (members.firstIndex { $0.0 == "description" } ?? members.count - 1) + 1
            members.insert(("attribution", .string(attribution)), at: at)
        }
        return .object(members)
    }

    static func json(_ provenance: LayerSource) -> JSONValue {
        [
            "source": provenance.source.map(JSONValue.string) ?? .null,
            "licence": provenance.licence.map(JSONValue.string) ?? .null,
            "synthetic": .bool(provenance.synthetic),
            "note": provenance.note.map(JSONValue.string) ?? .null,
        ]
    }
}

/// The one line of a collection's HTML page that says where its data come from.
enum ProvenanceHTML {
    static func line(_ provenance: LayerSource?) -> String {
        guard let provenance, let attribution = provenance.attribution else { return "" }
        var line = "\(ProvenanceMessages.sourceLabel.zh) \(ProvenanceMessages.sourceLabel.en)："
            + HTMLPage.escape(attribution)
        if let url = provenance.licenceURL {
            line += " (<a rel=\"license\" href=\"\(HTMLPage.escape(url))\">\(HTMLPage.escape(provenance.licence ?? url))</a>)"
        }
        let kind = provenance.synthetic ? " synthetic" : ""
        return "<p class=\"attribution\(kind)\">\(line)</p>"
    }
}
