/// Chinese numerals as place names use them: 一 … 九, 十, 百 (an ordinal of a street, 1984 rule 7).
enum ChineseNumeral {
    static let digits: [Unicode.Scalar: Int] = ["〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                                                "六": 6, "七": 7, "八": 8, "九": 9]
    static let units: [Unicode.Scalar: Int] = ["十": 10, "百": 100]

    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool { digits[scalar] != nil || units[scalar] != nil }

    /// The value of a well-formed number (一, 十二, 二十, 四十二, 一百零五); nil for digits side
    /// by side without a unit (三八, 五一), which are names, not numbers.
    static func value<S: Collection>(of scalars: S) -> Int? where S.Element == Unicode.Scalar {
        guard !scalars.isEmpty else { return nil }
        var total = 0, pending: Int? = nil, lastUnit = Int.max, zeroSeen = false
        for scalar in scalars {
            if let digit = digits[scalar] {
                if digit == 0 { guard !zeroSeen, total > 0, pending == nil else { return nil }; zeroSeen = true; continue }
                guard pending == nil else { return nil }
                pending = digit
            } else if let unit = units[scalar] {
                guard unit < lastUnit else { return nil }
                total += (pending ?? (total == 0 ? 1 : 0)) * unit
                guard pending != nil || total == unit else { return nil }
                pending = nil
                lastUnit = unit
            } else {
                return nil
            }
        }
        return total + (pending ?? 0)
    }
}
