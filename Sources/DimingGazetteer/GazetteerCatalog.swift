import DimingCore

/// Every message of the gazetteer module, in Chinese and English: its problems, its command
/// help and output, its search and pinyin texts. The core's ``MessageCatalog`` cannot list a
/// module's messages (the core does not know its modules); this list joins them so that the
/// same checks run over both (both texts, the same placeholders, keys unique across the two).
public enum GazetteerCatalog {
    public static let all: [Message] = GazetteerMessages.all + PlaceMessages.all + CheckMessages.all + PinyinMessages.all
        + SearchMessages.all + SearchHelpMessages.all + AddressMessages.all
}
