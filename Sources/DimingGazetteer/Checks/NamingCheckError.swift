import DimingCore

/// What stops the naming checks from running: a profile that cannot be found or read, a
/// division that is not in the file.
public enum NamingCheckError: Problem, Hashable {
    /// `--profile NAME` names no file in `gazetteer/profiles/`.
    case unknownProfile(String, known: [String])
    /// The profile file is missing, not JSON, or has a field the checks do not know.
    case badProfile(path: String, reason: String)
    /// A profile that `extends` another may only tighten it.
    case profileLoosens(path: String, rule: String, base: String, value: String)
    /// The division given to scope the checks is not a code in `divisions`.
    case unknownDivision(String)

    public var status: Int {
        switch self {
        case .unknownDivision: 422
        default: 400
        }
    }

    public var type: String {
        switch self {
        case .unknownDivision: "unknown-division"
        default: "invalid-profile"
        }
    }

    public var field: String? {
        switch self {
        case .unknownDivision: "division"
        default: "profile"
        }
    }

    public func title(in language: Language) -> String {
        switch self {
        case .unknownDivision: CheckMessages.unknownDivisionTitle.text(language)
        default: CheckMessages.invalidProfileTitle.text(language)
        }
    }

    public func detail(in language: Language) -> String {
        switch self {
        case let .unknownProfile(name, known):
            CheckMessages.unknownProfile.text(language, ["name": name, "known": known.joined(separator: ", ")])
        case let .badProfile(path, reason):
            CheckMessages.badProfile.text(language, ["path": path, "reason": reason])
        case let .profileLoosens(path, rule, base, value):
            CheckMessages.profileLoosens.text(language, ["path": path, "rule": rule, "base": base, "value": value])
        case let .unknownDivision(code):
            CheckMessages.unknownDivision.text(language, ["code": code])
        }
    }
}
