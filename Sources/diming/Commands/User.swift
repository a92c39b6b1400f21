import ArgumentParser
import DimingCore
import Foundation

extension Diming {
    /// `diming user add|token|revoke|list`: accounts and their API tokens.
    struct User: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Manage accounts and their API tokens (add, token, revoke, list).",
            discussion: "Roles: " + Role.allCases.map { "\($0.rawValue) — \($0.summary)" }.joined(separator: "; ")
                + ". add, token and revoke are recorded in the audit log as local:<user> (never a token's secret).",
            subcommands: [Add.self, Token.self, Revoke.self, List.self])
    }
}

extension Diming.User {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account with a role, optionally limited to a division.",
            discussion: "The division must be in the database's divisions. An admin is database-wide: it takes no --division.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The account name (letters, digits, . _ - @).")
        var name: String

        @Option(help: ArgumentHelp("The role: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "role"))
        var role: String

        @Option(help: ArgumentHelp("Limit the account to this division of the database and what lies inside it (e.g. 420581001); not for admins.", valueName: "code"))
        var division: String?

        func run() throws {
            let store = try database.open(.readWrite)
            let role = try Role(parsing: role)
            let account = try store.write { db in try AccountChange.addAccount(name: name, role: role, division: division, by: LocalUser.account, in: db) }
            print("account \(account.name): \(account.role.rawValue), \(account.scope.division.map { "division \($0)" } ?? "all divisions")")
        }
    }

    struct Token: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue a new API token for an account and print it (shown once; only its hash is stored).")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The account name.")
        var name: String

        @Option(help: ArgumentHelp("A note saying where the token is used (e.g. qgis-office-pc).", valueName: "label"))
        var label: String?

        func run() throws {
            let store = try database.open(.readWrite)
            let issued = try store.write { db in try AccountChange.issueToken(for: name, label: label, by: LocalUser.account, in: db) }
            print(issued.secret)
            FileHandle.standardError.write(Data("token \(issued.token.id) for \(name): keep it now, it cannot be shown again\n".utf8))
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke one token by id, or every token of an account with --all.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The token id (from `diming user list`).")
        var tokenID: Int64?

        @Option(name: .customLong("all"), help: ArgumentHelp("Revoke every token of this account.", valueName: "name"))
        var allOf: String?

        func validate() throws {
            guard (tokenID == nil) != (allOf == nil) else {
                throw ValidationError("give either a token id or --all NAME")
            }
        }

        func run() throws {
            let store = try database.open(.readWrite)
            if let allOf {
                let count = try store.write { db in try AccountChange.revokeAll(of: allOf, by: LocalUser.account, in: db) }
                print("\(count) token(s) of \(allOf) revoked")
            } else if let tokenID {
                let token = try store.write { db in try AccountChange.revokeToken(id: tokenID, by: LocalUser.account, in: db) }
                print("token \(token.id) of \(token.accountName) revoked")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List accounts and their tokens (never the secrets).")

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let store = try database.open(.readOnly)
            let (accounts, tokens) = try store.pool.read { db in (try AccessStore.accounts(in: db), try AccessStore.tokens(in: db)) }
            print(TextTable.render(header: ["account", "role", "division"], rows: accounts.map { account in
                [account.name, account.role.rawValue, account.scope.division?.digits ?? "(all)"]
            }))
            guard !tokens.isEmpty else { return }
            print("")
            print(TextTable.render(header: ["token", "account", "created", "state", "label"], rows: tokens.map { token in
                [String(token.id), token.accountName, ISO8601DateFormatter().string(from: token.createdAt),
                 token.isRevoked ? "revoked" : "active", token.label ?? ""]
            }))
        }
    }
}
