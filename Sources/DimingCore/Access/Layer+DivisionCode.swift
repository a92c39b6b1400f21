extension Layer {
    /// The code of the division a feature lies in (a division's own code, or the layer's
    /// `division` column), by which a limited account may see and edit it; nil when it has none.
    public func divisionCode(of properties: [(name: String, value: PropertyValue)]) -> String? {
        guard let column = AccessScope.column(of: self),
              let value = properties.first(where: { $0.name == column })?.value else { return nil }
        switch value {
        case let .string(code): return code
        case let .integer(code): return String(code)
        default: return nil
        }
    }
}
