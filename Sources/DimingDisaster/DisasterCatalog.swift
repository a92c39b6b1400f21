import DimingCore

/// Every message of the disaster module, in Chinese and English. The core's
/// ``MessageCatalog`` cannot list a module's messages; this list joins the module's areas so
/// that the same checks run over them (both texts, the same placeholders, keys unique).
public enum DisasterCatalog {
    public static let all: [Message] = DisasterMessages.all + ReportsMessages.all + ReportsHelpMessages.all
        + EventsMessages.all + SummaryMessages.all + DeadlinesMessages.all
        + ReviewMessages.all + ReviewHelpMessages.all + HousesMessages.all
        + ReviewLockMessages.all + FilingsMessages.all
}
