/// The provenance texts a user reads, Chinese and English (to join the message catalog).
public enum ProvenanceMessages {
    public static let synthetic = Message("provenance.synthetic",
                                          zh: "合成数据，不可用于行政用途", en: "Synthetic demo data — not for administrative use")
    public static let sourceLabel = Message("provenance.source", zh: "数据来源", en: "Source")

    public static let all = [synthetic, sourceLabel]

    /// Both texts on one line, Chinese first, as attributions are shown.
    static func bilingual(_ message: Message) -> String { "\(message.zh) \(message.en)" }
}
