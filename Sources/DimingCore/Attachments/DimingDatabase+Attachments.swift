extension DimingDatabase {
    /// The folder of this database's attachment files (`<path>.files/`).
    public var attachmentStore: AttachmentStore { AttachmentStore(databasePath: path) }
}
