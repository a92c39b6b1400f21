import GRDB

/// A module's trigger refusing a batch import's change of a field a person edited (the
/// gazetteer's controlled fields): its message starts with ``prefix`` and the field, so that
/// the import can name the feature and the field in one clear line.
public enum ControlledFieldRefusal {
    /// `controlled field name: …` (a deletion names the field `*`).
    public static let prefix = "controlled field "

    public static let reason = Message(
        "import.controlledField", zh: "该要素的 {field} 字段经人工编辑，批量导入不能覆盖或删除；整批未导入",
        en: "the {field} of this feature was edited by a person; a batch import may not overwrite or delete it; nothing was imported")

    /// The import error for `error` when it is such a refusal, else nil.
    static func importError(_ error: any Error, feature: Int) -> ImportError? {
        guard let error = error as? DatabaseError, let message = error.message, message.hasPrefix(prefix),
              let colon = message.firstIndex(of: ":") else { return nil }
        let field = String(message[message.index(message.startIndex, offsetBy: prefix.count)..<colon])
        let shown = field == "*" ? "id" : field
        return .invalidFeature(feature: feature, field: shown, reason: Reason(reason, ["field": shown]))
    }
}
