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

    /// The text in `language` with every `{name}` replaced by `arguments[name]`.
    public func text(_ language: Language, _ arguments: [String: String] = [:]) -> String {
        var text = language == .zh ? zh : en
        for (name, value) in arguments {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }
}

extension LocalizedText {
    /// The text in `language`.
    public func text(_ language: Language) -> String { language == .zh ? zh : en }
}
