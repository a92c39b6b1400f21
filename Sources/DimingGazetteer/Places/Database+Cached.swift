import GRDB

extension Database {
    /// Runs one statement prepared once per connection: the sync runs the same few statements
    /// for every pending place, and preparing them each time (GRDB's authorizer reads every
    /// column) cost most of a census load's time.
    func run(_ sql: String, _ arguments: StatementArguments = StatementArguments()) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }

    /// The one row of a statement prepared once per connection.
    func row(_ sql: String, _ arguments: StatementArguments = StatementArguments()) throws -> Row? {
        try Row.fetchOne(try cachedStatement(sql: sql), arguments: arguments)
    }
}
