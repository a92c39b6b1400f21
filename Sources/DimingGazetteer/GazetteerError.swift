import DimingCore

/// What the gazetteer refuses, with what the officer needs to put it right.
public enum GazetteerError: Problem, Equatable {
    case unknownPlace(String)
    /// The workflow does not allow `action` (`approve`, `rename` …) from the place's status.
    case illegalTransition(id: String, action: String, status: PlaceStatus)
    /// A field the step requires (`document`, `date`, `reason`) is missing or blank.
    case missingField(field: String, action: String)
    case invalidDate(field: String, value: String)
    case divisionMismatch(given: String, derived: String)
    case unknownDivision(String)
    /// A naming check found a REJECT: nothing was written.
    case namingRejected(name: String, findings: [NamingFinding])
    /// A reserved (地名方案) name may not be announced or put on a sign.
    case reserved(id: String, name: String)
    case notApproved(id: String, status: PlaceStatus)
    case sameName(id: String, name: String)
    /// A split would leave these children pointing at the retired record.
    case uncoveredChildren([String])
    /// A split's new place `number` (from 1) has no polygon to take children.
    case needsShape(number: Int)
    case tooFew(field: String, action: String, count: Int)
    case invalidGeometry(Reason)
    case invalidValue(field: String, value: String, allowed: [String])
    /// A new place's parent has ended (historical) or was never right (erroneous).
    case retiredParent(id: String, status: PlaceStatus)
    /// Skeleton only (``Gazetteer/check(_:)`` until the checks work moves it).
    case notImplemented

    public var status: Int {
        switch self {
        case .unknownPlace: 404
        case .illegalTransition, .reserved, .notApproved, .sameName, .retiredParent: 409
        case .missingField, .invalidDate, .tooFew, .invalidValue: 400
        case .divisionMismatch, .unknownDivision, .namingRejected, .uncoveredChildren, .needsShape, .invalidGeometry: 422
        case .notImplemented: 501
        }
    }

    public var type: String {
        switch self {
        case .unknownPlace: "unknown-place"
        case .illegalTransition: "illegal-transition"
        case .missingField: "missing-field"
        case .invalidDate: "invalid-date"
        case .divisionMismatch: "division-mismatch"
        case .unknownDivision: "unknown-division"
        case .namingRejected: "naming-rejected"
        case .reserved: "reserved-name"
        case .notApproved: "not-approved"
        case .sameName: "same-name"
        case .uncoveredChildren: "uncovered-children"
        case .needsShape: "needs-shape"
        case .tooFew: "too-few-places"
        case .invalidGeometry: "invalid-geometry"
        case .invalidValue: "invalid-value"
        case .retiredParent: "retired-parent"
        case .notImplemented: "not-implemented"
        }
    }

    public var field: String? {
        switch self {
        case let .missingField(field, _), let .invalidDate(field, _), let .tooFew(field, _, _), let .invalidValue(field, _, _): field
        case .divisionMismatch, .unknownDivision: "division"
        case .namingRejected, .sameName: "name"
        case .uncoveredChildren, .needsShape: "into"
        case .retiredParent: "parent"
        case .invalidGeometry: "geometry"
        default: nil
        }
    }

    /// The findings of a refused name, for the problem's `errors`.
    public var findings: [NamingFinding] {
        if case let .namingRejected(_, findings) = self { return findings }
        return []
    }

    public func title(in language: Language) -> String {
        let m = GazetteerMessages.self
        return switch self {
        case .unknownPlace: m.unknownPlaceTitle.text(language)
        case .illegalTransition: m.illegalTransitionTitle.text(language)
        case .missingField: m.missingFieldTitle.text(language)
        case .invalidDate: m.invalidDateTitle.text(language)
        case .divisionMismatch: m.divisionMismatchTitle.text(language)
        case .unknownDivision: m.unknownDivisionTitle.text(language)
        case .namingRejected: m.namingRejectedTitle.text(language)
        case .reserved: m.reservedTitle.text(language)
        case .notApproved: m.notApprovedTitle.text(language)
        case .sameName: m.sameNameTitle.text(language)
        case .uncoveredChildren: m.uncoveredChildrenTitle.text(language)
        case .needsShape: m.needsShapeTitle.text(language)
        case .tooFew: m.tooFewTitle.text(language)
        case .invalidGeometry: m.invalidGeometryTitle.text(language)
        case .invalidValue: m.invalidValueTitle.text(language)
        case .retiredParent: m.retiredParentTitle.text(language)
        case .notImplemented: language == .zh ? "尚未实现" : "Not implemented"
        }
    }

    public func detail(in language: Language) -> String {
        let m = GazetteerMessages.self
        return switch self {
        case let .unknownPlace(id): m.unknownPlace.text(language, ["id": id])
        case let .illegalTransition(id, action, status):
            m.illegalTransition.text(language, ["id": id, "status": status.words(in: language), "action": Self.action(action, language)])
        case let .missingField(field, action): m.missingField.text(language, ["field": field, "action": Self.action(action, language)])
        case let .invalidDate(field, value): m.invalidDate.text(language, ["field": field, "value": value])
        case let .divisionMismatch(given, derived): m.divisionMismatch.text(language, ["given": given, "derived": derived])
        case let .unknownDivision(code): m.unknownDivision.text(language, ["code": code])
        case let .namingRejected(name, findings):
            m.namingRejected.text(language, ["name": name, "findings": findings.filter { $0.severity == .reject }
                .map { "\($0.code) \(language == .zh ? $0.zh : $0.en)" }.joined(separator: language == .zh ? "；" : "; ")])
        case let .reserved(id, name): m.reserved.text(language, ["id": id, "name": name])
        case let .notApproved(id, status): m.notApproved.text(language, ["id": id, "status": status.words(in: language)])
        case let .sameName(id, name): m.sameName.text(language, ["id": id, "name": name])
        case let .uncoveredChildren(children): m.uncoveredChildren.text(language, ["children": children.joined(separator: ", ")])
        case let .needsShape(number): m.needsShape.text(language, ["number": String(number)])
        case let .tooFew(field, action, count): m.tooFew.text(language, ["field": field, "action": Self.action(action, language), "count": String(count)])
        case let .invalidGeometry(reason): m.invalidGeometry.text(language, ["reason": reason.text(in: language)])
        case let .invalidValue(field, value, allowed):
            m.invalidValue.text(language, ["field": field, "value": value, "allowed": allowed.joined(separator: ", ")])
        case let .retiredParent(id, status): m.retiredParent.text(language, ["id": id, "status": status.words(in: language)])
        case .notImplemented: title(in: language)
        }
    }

    private static func action(_ action: String, _ language: Language) -> String {
        GazetteerMessages.actions[action]?.text(language) ?? action
    }
}
