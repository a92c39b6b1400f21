import GRDB
import Synchronization

/// The accounts of tokens this process has seen live, for routes that confirm the token
/// themselves inside their own write transaction (a field report: its group commit reads the
/// token once per batch), so that such a request does not also pay a read of its own before.
///
/// An entry is only ever a guess: a route that takes one must call ``confirm(tokenHash:in:)``
/// in the transaction that writes, which reads the token as committed, so a token revoked (or an
/// account changed) by anyone, this server or `diming user` in another process, counts from
/// the next write on. Every other route reads the token itself.
public final class TokenCache: Sendable {
    /// Entries at most; past that the cache starts again (only live tokens ever get in).
    static let capacity = 4_096

    private let accounts = Mutex<[String: Account]>([:])

    init() {}

    /// The account last seen for the token, nil when not seen (or refused since).
    public func account(tokenHash: String) -> Account? {
        accounts.withLock { $0[tokenHash] }
    }

    /// Notes the account a token was just read to belong to.
    public func remember(_ account: Account, tokenHash: String) {
        accounts.withLock { accounts in
            if accounts.count >= Self.capacity, accounts[tokenHash] == nil { accounts.removeAll(keepingCapacity: true) }
            accounts[tokenHash] = account
        }
    }

    func forget(tokenHash: String) {
        _ = accounts.withLock { $0.removeValue(forKey: tokenHash) }
    }

    /// The token's account as committed, read in the caller's (write) transaction: 401 when the
    /// token is revoked or unknown now; the account as it is now when it changed (the caller
    /// authorizes that one, not the guess it started from).
    public func confirm(tokenHash: String, in db: Database) throws -> Account {
        do {
            let account = try AccessStore.authenticate(tokenHash: tokenHash, in: db)
            remember(account, tokenHash: tokenHash)
            return account
        } catch {
            forget(tokenHash: tokenHash)
            throw error
        }
    }

    private static let registry = PerDatabase { _ in TokenCache() }

    public static func shared(for database: DimingDatabase) -> TokenCache {
        registry.value(for: database)
    }
}
