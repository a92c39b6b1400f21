import ArgumentParser
import DimingCore
import Foundation

extension Diming {
    /// `diming user add|token|revoke|list`: accounts and their API tokens.
    struct User: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpMessages.userAbstract.localized(),
            discussion: HelpMessages.userDiscussion.localized(["roles": Role.allCases.map { "\($0.rawValue) — \($0.summary(in: .process))" }.joined(separator: HelpMessages.listSeparator.localized())]),
            subcommands: [Add.self, Token.self, Revoke.self, List.self])
    }
}

extension Diming.User {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpMessages.userAddAbstract.localized(),
            discussion: HelpMessages.userAddDiscussion.localized())

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp(HelpMessages.userName.localized()))
        var name: String

        @Option(help: ArgumentHelp(HelpMessages.userRole.localized(["roles": Role.allCases.map(\.rawValue).joined(separator: ", ")]), valueName: "role"))
        var role: String

        @Option(help: ArgumentHelp(HelpMessages.userDivision.localized(), valueName: "code"))
        var division: String?

        func run() throws {
            let store = try database.open(.readWrite)
            let role = try Role(parsing: role)
            let account = try store.write { db in try AccountChange.addAccount(name: name, role: role, division: division, by: LocalUser.account, in: db) }
            let scope = account.scope.division.map { CommandMessages.scopeDivision.localized(["code": "\($0)"]) } ?? CommandMessages.scopeAll.localized()
            print(CommandMessages.accountAdded.localized(["name": account.name, "role": account.role.rawValue, "scope": scope]))
        }
    }

    struct Token: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpMessages.userTokenAbstract.localized())

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp(HelpMessages.userAccount.localized()))
        var name: String

        @Option(help: ArgumentHelp(HelpMessages.userLabel.localized(), valueName: "label"))
        var label: String?

        func run() throws {
            let store = try database.open(.readWrite)
            let issued = try store.write { db in try AccountChange.issueToken(for: name, label: label, by: LocalUser.account, in: db) }
            print(issued.secret)
            FileHandle.standardError.write(Data((CommandMessages.tokenIssued.localized(["id": String(issued.token.id), "name": name]) + "\n").utf8))
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpMessages.userRevokeAbstract.localized())

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp(HelpMessages.userTokenID.localized()))
        var tokenID: Int64?

        @Option(name: .customLong("all"), help: ArgumentHelp(HelpMessages.userAll.localized(), valueName: "name"))
        var allOf: String?

        func validate() throws {
            guard (tokenID == nil) != (allOf == nil) else {
                throw ValidationError(CommandMessages.tokenOrAll.localized())
            }
        }

        func run() throws {
            let store = try database.open(.readWrite)
            if let allOf {
                let count = try store.write { db in try AccountChange.revokeAll(of: allOf, by: LocalUser.account, in: db) }
                print(CommandMessages.tokensRevoked.localized(["count": String(count), "name": allOf]))
            } else if let tokenID {
                let token = try store.write { db in try AccountChange.revokeToken(id: tokenID, by: LocalUser.account, in: db) }
                print(CommandMessages.tokenRevoked.localized(["id": String(token.id), "name": token.accountName]))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: HelpMessages.userListAbstract.localized())

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let store = try database.open(.readOnly)
            let (accounts, tokens) = try store.pool.read { db in (try AccessStore.accounts(in: db), try AccessStore.tokens(in: db)) }
            print(TextTable.render(header: CommandMessages.accountsHeader.columns, rows: accounts.map { account in
                [account.name, account.role.rawValue, account.scope.division?.digits ?? CommandMessages.allScope.localized()]
            }))
            guard !tokens.isEmpty else { return }
            print("")
            print(TextTable.render(header: CommandMessages.tokensHeader.columns, rows: tokens.map { token in
                [String(token.id), token.accountName, ISO8601DateFormatter().string(from: token.createdAt),
                 token.isRevoked ? CommandMessages.revoked.localized() : CommandMessages.active.localized(), token.label ?? ""]
            }))
        }
    }
}
