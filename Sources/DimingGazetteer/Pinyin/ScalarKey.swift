/// Up to twelve Unicode scalars packed into four integers: a dictionary key that hashes
/// without building a String (String hashing normalises non-ASCII text, which the pinyin hot
/// path cannot afford). Han characters fit in 21 bits, three to a word.
struct ScalarKey: Hashable, Sendable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private(set) var count = 0

    static let capacity = 12

    init?(_ scalars: ArraySlice<Unicode.Scalar>) {
        for scalar in scalars {
            guard count < Self.capacity else { return nil }
            let shift = UInt64((count % 3) * 21)
            let value = UInt64(scalar.value) << shift
            switch count / 3 {
            case 0: words.0 |= value
            case 1: words.1 |= value
            case 2: words.2 |= value
            default: words.3 |= value
            }
            count += 1
        }
    }

    init?(_ text: String) {
        self.init(Array(text.unicodeScalars)[...])
    }

    static func == (lhs: ScalarKey, rhs: ScalarKey) -> Bool {
        lhs.count == rhs.count && lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1
            && lhs.words.2 == rhs.words.2 && lhs.words.3 == rhs.words.3
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }
}
