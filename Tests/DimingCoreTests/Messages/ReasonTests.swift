import Foundation
import Testing
@testable import DimingCore

/// A refusal's reason is read in the language of the sentence around it; only words from
/// below Diming pass through as they are.
@Suite struct ReasonTests {
    @Test func aReasonIsReadInTheLanguageAsked() {
        let reason = Reason(QueryMessages.notLimit, ["text": "abc", "maximum": "10000"])
        #expect(reason.text(in: .zh) == "\"abc\" 不是 1 到 10000 之间的整数")
        #expect(reason.text(in: .en) == "\"abc\" is not an integer from 1 to 10000")
        let error = QueryError.invalidParameter("limit", reason: reason)
        #expect(error.detail(in: .zh) == "limit：\"abc\" 不是 1 到 10000 之间的整数")
        #expect(error.detail == "limit: \"abc\" is not an integer from 1 to 10000")
    }

    @Test func nestedReasonsAndProblemsFollowTheLanguage() {
        let level = Reason(IOMessages.levelMismatch, ["level": "county", "code": "420581001"],
                           reasons: ["codeLevel": Reason(DivisionLevel.township.message)])
        #expect(level.text(in: .zh) == "\"county\" 与代码 420581001 不符：这是乡级代码")
        #expect(level.text(in: .en) == "\"county\" does not match code 420581001, which is a township code")
        let problem = Reason.problem(GeometryError.invalidBoundingBox(Reason(GeometryMessages.bboxSouthNorth, ["south": "31", "north": "30"])))
        #expect(problem.text(in: .zh).contains("南边 31 大于北边 30"), "\(problem.text(in: .zh))")
        let geos = Reason(IOMessages.invalidGeometry, ["reason": "Self-intersection[111.3 30.3]"])
        #expect(geos.text(in: .zh) == "几何无效：Self-intersection[111.3 30.3]")
        #expect(Reason.verbatim("disk I/O error").text(in: .zh) == "disk I/O error")
    }

    /// A bad value in an import reads wholly in Chinese, field name and value aside.
    @Test func aLayerRuleSpeaksChinese() throws {
        let column = try #require(Layer.shelters.columns.first { $0.name == "capacity" })
        guard case let .failure(violation) = column.coerce(.string("many")) else { Issue.record("accepted"); return }
        #expect(violation.reason.text(in: .zh) == "必须是整数，而不是字符串")
        #expect(violation.reason.text(in: .en) == "must be an integer, not a string")
    }

    /// Every refusal in the sources names a catalog message (or passes foreign words through
    /// with `.verbatim`): none spells its reason as an English string.
    @Test func noSourceSpellsAnEnglishReason() throws {
        var offenders: [String] = []
        for folder in ["Sources/DimingCore", "Sources/DimingServer", "Sources/diming"] {
            for file in try SQLStaysInCoreTests.swiftFiles(in: folder) {
                let code = try String(contentsOf: SQLStaysInCoreTests.packageRoot.appendingPathComponent(file), encoding: .utf8)
                for line in code.split(separator: "\n") where line.contains("reason: \"") && !line.contains("ServerProblem.http(") {
                    offenders.append("\(file): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(offenders.isEmpty, "\(offenders.joined(separator: "\n"))")
    }
}
