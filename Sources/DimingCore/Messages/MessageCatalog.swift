/// Every message a user reads, in Chinese and English: problems, command-line output and help,
/// HTML pages. Each area keeps its messages in a small `<Area>Messages` enum beside this file;
/// this list joins them so that one test can check all of them (both texts present, the same
/// placeholders, unique keys).
///
/// To add a message: write it as a `Message` in the area's enum, add it to that enum's `all`,
/// and use it with `message.text(language, ["name": value])`.
public enum MessageCatalog {
    public static let all: [Message] = StoreMessages.all + AccessMessages.all + EditMessages.all + GeometryMessages.all
        + QueryMessages.all + IOMessages.all + ServerMessages.all + LevelMessages.all + CommandMessages.all + HelpMessages.all
        + PageMessages.all + MapMessages.all + ProvenanceMessages.all + [ControlledFieldRefusal.reason] + GazetteerHTTPMessages.all
}
