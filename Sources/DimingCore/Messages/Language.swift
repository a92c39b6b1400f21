import Foundation

/// The languages every message a user reads is written in: Chinese first, English otherwise.
public enum Language: String, Sendable, CaseIterable, Codable {
    case zh
    case en

    /// The language an HTTP client asked for in `Accept-Language` (RFC 9110 §12.5.4):
    /// Chinese when a `zh` range outranks every `en` range, English otherwise (also when the
    /// header is missing, empty or names neither).
    public init(acceptLanguage header: String?) {
        var best: (language: Language, quality: Double)?
        for range in (header ?? "").split(separator: ",") {
            let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first?.lowercased(), !tag.isEmpty else { continue }
            let quality = parts.dropFirst().lazy
                .compactMap { $0.lowercased().hasPrefix("q=") ? Double($0.dropFirst(2)) : nil }
                .first ?? 1
            let language: Language? = tag == "zh" || tag.hasPrefix("zh-") ? .zh
                : tag == "en" || tag.hasPrefix("en-") ? .en : nil
            guard let language, quality > 0 else { continue }
            if best == nil || quality > best!.quality { best = (language, quality) }
        }
        self = best?.language ?? .en
    }

    /// The language of the process's locale, read the POSIX way: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set and not empty; Chinese when it starts with `zh`.
    public init(environment: [String: String]) {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy
            .compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        self = locale.lowercased().hasPrefix("zh") ? .zh : .en
    }

    /// The language of this process (the command line's), fixed at start.
    public static let process = Language(environment: ProcessInfo.processInfo.environment)
}
