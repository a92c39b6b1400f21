/// Why an input was refused, in Chinese and English: a catalog ``Message`` with its arguments,
/// or a text from below Diming (SQLite, GEOS, GDAL, a parser's own words) passed on as it is.
///
/// Error payloads carry a `Reason` rather than a `String`, so that the sentence around it and
/// the reason itself are read in the same language.
public struct Reason: Sendable, Equatable, CustomStringConvertible {
    private let render: @Sendable (Language) -> String

    /// The reason `message` gives, filled with `arguments`.
    public init(_ message: Message, _ arguments: [String: String] = [:]) {
        render = { message.text($0, arguments) }
    }

    /// A reason whose arguments are reasons themselves, each read in the same language.
    public init(_ message: Message, _ arguments: [String: String] = [:], reasons: [String: Reason]) {
        render = { language in
            message.text(language, arguments.merging(reasons.mapValues { $0.text(in: language) }) { $1 })
        }
    }

    private init(render: @escaping @Sendable (Language) -> String) {
        self.render = render
    }

    /// A text that is the same in both languages: a message from SQLite, GEOS, GDAL or a parser.
    public static func verbatim(_ text: String) -> Reason {
        Reason { _ in text }
    }

    /// The detail of another problem, read in the language asked for.
    public static func problem(_ problem: some Problem) -> Reason {
        Reason { problem.detail(in: $0) }
    }

    /// The reason in `language`.
    public func text(in language: Language) -> String { render(language) }

    /// The English text, for logs and tests.
    public var description: String { render(.en) }

    /// Two reasons are the same when they say the same in English, the text tests and logs pin.
    public static func == (lhs: Reason, rhs: Reason) -> Bool { lhs.description == rhs.description }
}
