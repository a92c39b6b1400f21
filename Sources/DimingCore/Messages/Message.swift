import Foundation

/// One entry of the message catalog: a stable key and the same text in Chinese and English.
///
/// Placeholders are written `{name}` in both texts and filled by ``text(_:_:)``, so that a
/// translation may put them in another order.
public struct Message: Sendable, Hashable {
    public let key: String
    public let zh: String
    public let en: String

    public init(_ key: String, zh: String, en: String) {
        self.key = key
        self.zh = zh
        self.en = en
    }

    /// The text in `language` with every `{name}` replaced by `arguments[name]`, in one pass so
    /// that an argument's own braces (a path, a URL template) are left as they are.
    public func text(_ language: Language, _ arguments: [String: String] = [:]) -> String {
        let template = language == .zh ? zh : en
        guard !arguments.isEmpty else { return template }
        var text = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let value = arguments[String(rest[afterOpen..<close])] {
                text += value
                rest = rest[rest.index(after: close)...]
            } else {
                text.append("{")
                rest = rest[afterOpen...]
            }
        }
        return text + rest
    }

    /// The `{name}` placeholders of a text, for the catalog's check that both languages take the same.
    public static func placeholders(in text: String) -> Set<String> {
        var names = Set<String>()
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
            let name = rest[afterOpen..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) { names.insert(String(name)) }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

extension LocalizedText {
    /// The text in `language`.
    public func text(_ language: Language) -> String { language == .zh ? zh : en }
}
