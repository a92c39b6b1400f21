import ArgumentParser
import DimingCore
import Foundation

@main
struct Diming: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diming",
        abstract: HelpMessages.diming.localized(),
        discussion: HelpMessages.dimingDiscussion.localized(),
        version: "0.1.0",
        subcommands: [Init.self, Demo.self, Import.self, Export.self, Layers.self, Locate.self, Place.self, Address.self, Search.self, Boundary.self, Event.self, Report.self, Config.self, Serve.self, User.self, Pinyin.self]
    )

    /// ArgumentParser's main, with the command line's own messages in the locale's language:
    /// a mistyped command is named with the nearest one before parsing (ArgumentParser would
    /// only say "3 unexpected arguments"), and a ``Problem`` is printed as its detail.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let commands = configuration.subcommands.map { $0._commandName }
        if let message = CommandSuggestion.unknownCommand(in: arguments, commands: commands) {
            FileHandle.standardError.write(Data((CommandMessages.error.localized(["detail": message]) + "\n").utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try parseAsRoot(arguments)
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            if let problem = (error as? any Problem) ?? StoreError.translating(error) {
                FileHandle.standardError.write(Data((CommandMessages.error.localized(["detail": problem.detail(in: .process)]) + "\n").utf8))
                Foundation.exit(ExitCode.failure.rawValue)
            }
            exitLocalized(withError: error)
        }
    }

    /// ArgumentParser's `exit(withError:)`, with its `Error:` prefix and the words of its help
    /// pages in the locale's language.
    static func exitLocalized(withError error: any Error) -> Never {
        // Chinese help is wrapped by HelpWords, by display width: asked for here unwrapped.
        var message = Language.process == .zh ? fullMessage(for: error, columns: Int(Int16.max)) : fullMessage(for: error)
        let code = exitCode(for: error)
        let englishPrefix = "Error: "
        if message.hasPrefix(englishPrefix) {
            let detail = ArgumentErrors.translate(String(message.dropFirst(englishPrefix.count)), to: .process)
            message = CommandMessages.error.localized(["detail": detail])
        }
        if code == .success {
            print(HelpWords.translate(message, to: .process))
        } else if !message.isEmpty {
            FileHandle.standardError.write(Data((message + "\n").utf8))
        }
        Foundation.exit(code.rawValue)
    }
}
