import DimingCore
import Foundation

/// Who runs `diming`: writes made on the file directly are audited as `local:<user>`.
enum LocalUser {
    /// The login name, from `$USER` (else the system's).
    static var name: String {
        ProcessInfo.processInfo.environment["USER"] ?? NSUserName()
    }

    /// The pseudo-account of ``Account/local(user:)`` for the core's audited writes.
    static var account: Account { .local(user: name) }
}
