import DimingCore

/// What the events area refuses, naming the field.
public enum EventsError: Problem, Equatable {
    case unknownEvent(String)
    case missingField(String)
    case unknownHazard(String)
    case unknownSubtype(hazard: Hazard, subtype: String)
    case invalidTime(field: String, value: String)
    case unknownDivision(String)
    case invalidStatus(String)
    case statusChange(from: EventStatus, to: EventStatus)
    case changeBeforeStart(field: String, start: String)
    case invalidValue(field: String, value: String)

    public var status: Int {
        switch self {
        case .unknownEvent: 404
        case .unknownDivision, .changeBeforeStart: 422
        case .statusChange: 409
        case .missingField, .unknownHazard, .unknownSubtype, .invalidTime, .invalidStatus, .invalidValue: 400
        }
    }

    public var type: String {
        switch self {
        case .unknownEvent: "unknown-event"
        case .missingField: "missing-field"
        case .unknownHazard: "unknown-hazard"
        case .unknownSubtype: "unknown-subtype"
        case .invalidTime: "invalid-time"
        case .unknownDivision: "unknown-division"
        case .invalidStatus: "invalid-status"
        case .statusChange: "status-change-not-allowed"
        case .changeBeforeStart: "change-before-start"
        case .invalidValue: "invalid-value"
        }
    }

    public var field: String? {
        switch self {
        case .unknownEvent: "event"
        case let .missingField(field), let .invalidTime(field, _), let .changeBeforeStart(field, _), let .invalidValue(field, _): field
        case .unknownHazard: "hazard"
        case .unknownSubtype: "subtype"
        case .unknownDivision: "division"
        case .invalidStatus, .statusChange: "status"
        }
    }

    public func title(in language: Language) -> String {
        let m = EventsMessages.self
        return switch self {
        case .unknownEvent: m.unknownEventTitle.text(language)
        case .missingField: m.missingFieldTitle.text(language)
        case .unknownHazard: m.unknownHazardTitle.text(language)
        case .unknownSubtype: m.unknownSubtypeTitle.text(language)
        case .invalidTime: m.invalidTimeTitle.text(language)
        case .unknownDivision: m.unknownDivisionTitle.text(language)
        case .invalidStatus: m.invalidStatusTitle.text(language)
        case .statusChange: m.statusChangeTitle.text(language)
        case .changeBeforeStart: m.changeBeforeStartTitle.text(language)
        case .invalidValue: m.invalidValueTitle.text(language)
        }
    }

    public func detail(in language: Language) -> String {
        let m = EventsMessages.self
        return switch self {
        case let .unknownEvent(id): m.unknownEvent.text(language, ["id": id])
        case let .missingField(field): m.missingField.text(language, ["field": field])
        case let .unknownHazard(hazard):
            m.unknownHazard.text(language, ["hazard": hazard, "allowed": Hazard.allCases.map(\.rawValue).joined(separator: ", ")])
        case let .unknownSubtype(hazard, subtype):
            m.unknownSubtype.text(language, ["subtype": subtype, "hazard": hazard.rawValue,
                                             "allowed": hazard.subtypes.map(\.code).joined(separator: ", ")])
        case let .invalidTime(field, value): m.invalidTime.text(language, ["field": field, "value": value])
        case let .unknownDivision(code): m.unknownDivision.text(language, ["code": code])
        case let .invalidStatus(status): m.invalidStatus.text(language, ["status": status])
        case let .statusChange(from, to): m.statusChange.text(language, ["from": from.rawValue, "to": to.rawValue])
        case let .changeBeforeStart(field, start): m.changeBeforeStart.text(language, ["field": field, "start": start])
        case let .invalidValue(field, value): m.invalidValue.text(language, ["field": field, "value": value])
        }
    }
}
