/// The character encoding of a text file to import (CSV, GeoJSON): `--encoding`.
public enum TextEncoding: String, Sendable, CaseIterable {
    /// Strict UTF-8 when the bytes are UTF-8 (with or without a BOM), else GB18030.
    case auto
    /// UTF-8, with or without a BOM; other bytes are refused naming their line.
    case utf8 = "utf-8"
    /// GB18030, what Chinese Excel saves; it covers GBK and GB2312.
    case gb18030

    /// The encoding a user names, also by its common aliases (`utf8`, `gbk`, `gb2312`, `cp936`).
    public init?(name: String) {
        switch name.lowercased() {
        case "auto": self = .auto
        case "utf-8", "utf8": self = .utf8
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        default: return nil
        }
    }
}
