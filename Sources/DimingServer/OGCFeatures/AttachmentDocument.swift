import DimingCore
import Foundation

/// The JSON of attachments: one description (`sha256`, `size`, `mediaType`, `name`,
/// `createdAt`, `href`) and a feature's list of them.
enum AttachmentDocument {
    /// `…/items/{featureId}/attachments`, where a feature's files are listed and added.
    static func listHref(origin: String, layer: String, featureID: String) -> String {
        "\(origin)/collections/\(layer)/items/\(featureID)/attachments"
    }

    /// Where the file's bytes are read.
    static func href(origin: String, _ attachment: Attachment) -> String {
        listHref(origin: origin, layer: attachment.layer, featureID: attachment.featureID) + "/" + attachment.sha256
    }

    static func json(_ attachment: Attachment, origin: String) -> JSONValue {
        [
            "sha256": .string(attachment.sha256),
            "size": .integer(Int(attachment.sizeBytes)),
            "mediaType": .string(attachment.mediaType.rawValue),
            "name": attachment.fileName.map { .string($0) } ?? .null,
            "createdAt": .string(CollectionDocument.timestamp(attachment.createdAt)),
            "href": .string(href(origin: origin, attachment)),
        ]
    }

    static func list(_ attachments: [Attachment], layer: Layer, featureID: String, origin: String) -> JSONValue {
        let links = [
            Link(href: listHref(origin: origin, layer: layer.name, featureID: featureID), rel: "self", type: MediaTypes.json),
            Link(href: "\(origin)/collections/\(layer.name)/items/\(featureID)?f=json", rel: "describes",
                 type: MediaTypes.geoJSON, title: layer.title),
        ]
        return ["attachments": .array(attachments.map { json($0, origin: origin) }), "links": .array(links.map(\.json))]
    }

    /// `Content-Disposition` for the file: shown in the browser, saved under its given name
    /// (RFC 6266 with the RFC 8187 encoding, so 受损房屋.jpg survives).
    static func contentDisposition(_ attachment: Attachment) -> String {
        guard let name = attachment.fileName else { return "inline" }
        let attrChars = Set("!#$&+-.^_`|~".utf8)
        let encoded = name.utf8.map { byte -> String in
            let isAlphanumeric = (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
            return isAlphanumeric || attrChars.contains(byte) ? String(UnicodeScalar(byte)) : String(format: "%%%02X", byte)
        }.joined()
        return "inline; filename*=UTF-8''\(encoded)"
    }
}
