/// The form of a name against its class's generics (通名) in the profile: N-STRUCT (专名 +
/// one 通名), N-STACK (重叠通名: 幸福大厦广场) and N-ORD (单纯序数: 一路, 第三街).
struct NameShape {
    var name: String
    var generics: [String]
    var stackable: [String]

    enum Flaw: Equatable {
        case noGeneric
        case noSpecific(generic: String)
        case stacked(first: String, second: String)
        case bareOrdinal(specific: String)
    }

    /// The longest generic of the class that ends the name.
    var generic: String? {
        generics.filter { name.hasSuffix($0) }.max { $0.count < $1.count }
    }

    var flaws: [Flaw] {
        guard let generic else { return [.noGeneric] }
        let specific = String(name.dropLast(generic.count))
        if specific.isEmpty { return [.noSpecific(generic: generic)] }
        var flaws = [Flaw]()
        if let first = stackable.filter({ specific.hasSuffix($0) && specific.count > $0.count }).max(by: { $0.count < $1.count }) {
            flaws.append(.stacked(first: first, second: generic))
        }
        if Self.isBareOrdinal(specific) { flaws.append(.bareOrdinal(specific: specific)) }
        return flaws
    }

    static let digits: [Character: Int] = ["零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]

    /// 一, 十二, 第三, 二十一, 一百零五, 12: a number and nothing else. 三八 and 五一 are
    /// names made of numerals, not numbers (PY-08, PY-09), and pass.
    static func isBareOrdinal(_ specific: String) -> Bool {
        let number = specific.hasPrefix("第") ? String(specific.dropFirst()) : specific
        if !number.isEmpty, number.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        return isChineseNumber(number)
    }

    /// A well-formed Chinese number below 1000: [d百][零][d十 | 十][d].
    static func isChineseNumber(_ text: String) -> Bool {
        var rest = Substring(text)
        guard !rest.isEmpty else { return false }
        if rest.count >= 2, digits[rest.first!] != nil, rest.dropFirst().first == "百" { rest = rest.dropFirst(2) }
        if rest.first == "零", rest.count == 2 { rest = rest.dropFirst() }
        if rest.count >= 2, digits[rest.first!] != nil, rest.dropFirst().first == "十" { rest = rest.dropFirst(2) } else if rest.first == "十" { rest = rest.dropFirst() }
        if let last = rest.first, digits[last] != nil, rest.count == 1 { rest = rest.dropFirst() }
        return rest.isEmpty && text != "零"
    }
}
