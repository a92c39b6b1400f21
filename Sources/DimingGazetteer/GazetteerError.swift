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
    /// A name cannot end before it began: the step's date precedes the current name's.
    case dateBeforeName(date: String, validFrom: String)
    /// A new place's parent has ended (historical) or was never right (erroneous).
    case retiredParent(id: String, status: PlaceStatus)
    /// LC-04: no 门牌 has this id.
    case unknownAddress(String)
    /// The 门牌 is already historical (retired): it cannot be retired again.
    case addressHistorical(id: String, label: String)
    /// The number is in use: the address `id` carries it (or is itself live), so it cannot be reused.
    case addressInUse(id: String, label: String)

    public var status: Int {
        switch self {
        case .unknownPlace, .unknownAddress: 404
        case .addressHistorical, .addressInUse: 409
        case .illegalTransition, .reserved, .notApproved, .sameName, .retiredParent: 409
        case .missingField, .invalidDate, .tooFew, .invalidValue: 400
        case .dateBeforeName: 422
        case .divisionMismatch, .unknownDivision, .namingRejected, .uncoveredChildren, .needsShape, .invalidGeometry: 422
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
        case .dateBeforeName: "date-before-name"
        case .unknownAddress: "unknown-address"
        case .addressHistorical: "address-historical"
        case .addressInUse: "address-in-use"
        }
    }

    public var field: String? {
        switch self {
        case let .missingField(field, _), let .invalidDate(field, _), let .tooFew(field, _, _), let .invalidValue(field, _, _): field
        case .divisionMismatch, .unknownDivision: "division"
        case .namingRejected, .sameName: "name"
        case .uncoveredChildren, .needsShape: "into"
        case .retiredParent: "parent"
        case .dateBeforeName: "date"
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
        case .dateBeforeName: m.dateBeforeNameTitle.text(language)
        case .unknownAddress: m.unknownAddressTitle.text(language)
        case .addressHistorical: m.addressHistoricalTitle.text(language)
        case .addressInUse: m.addressInUseTitle.text(language)
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
        case let .dateBeforeName(date, validFrom): m.dateBeforeName.text(language, ["date": date, "validFrom": validFrom])
        case let .unknownAddress(id): m.unknownAddress.text(language, ["id": id])
        case let .addressHistorical(id, label): m.addressHistorical.text(language, ["id": id, "label": label])
        case let .addressInUse(id, label): m.addressInUse.text(language, ["id": id, "label": label])
        }
    }

    private static func action(_ action: String, _ language: Language) -> String {
        GazetteerMessages.actions[action]?.text(language) ?? action
    }
}
