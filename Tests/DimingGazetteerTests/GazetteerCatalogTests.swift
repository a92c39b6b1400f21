import DimingCore
import Testing
@testable import DimingGazetteer

/// The gazetteer's messages pass the core catalog's rules, and no key is used twice across the
/// core and the module.
@Suite struct GazetteerCatalogTests {
    @Test func everyMessageHasBothTextsWithTheSamePlaceholders() {
        #expect(GazetteerCatalog.all.count > 100)
        for message in GazetteerCatalog.all {
            #expect(!message.zh.trimmingCharacters(in: .whitespaces).isEmpty, "\(message.key) has no Chinese text")
            #expect(!message.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(message.key) has no English text")
            #expect(Message.placeholders(in: message.zh) == Message.placeholders(in: message.en),
                    "\(message.key): zh takes \(Message.placeholders(in: message.zh).sorted()), en \(Message.placeholders(in: message.en).sorted())")
            let chinese = message.zh.unicodeScalars.contains {
                (0x4E00...0x9FFF).contains($0.value) || (0x3000...0x303F).contains($0.value) || (0xFF00...0xFFEF).contains($0.value)
            }
            #expect(chinese || message.zh == message.en, "\(message.key): the Chinese text \(message.zh) has no Chinese")
        }
    }

    @Test func keysAreUniqueAcrossTheCoreAndTheGazetteer() {
        var seen = Set<String>()
        for message in MessageCatalog.all + GazetteerCatalog.all {
            #expect(seen.insert(message.key).inserted, "key \(message.key) is used twice")
        }
    }
}
