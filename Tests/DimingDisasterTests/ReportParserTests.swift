import DimingCore
@testable import DimingDisaster
import Testing

/// The pure parsing and validation of a report Feature (TC-2): exact quantities, 亩 kept and
/// converted, every refused field named at once.
@Suite struct ReportParserTests {
    static func feature(id: String = "0f8e2a5c-1d3b-4c6e-9a7f-2b4d6e8f0a1c", geometry: String = #"{"type":"Point","coordinates":[111.4851,30.4046]}"#,
                        _ figures: String = "") -> [UInt8] {
        let extra = figures.isEmpty ? "" : ", " + figures
        return Array(#"{"type":"Feature","id":"\#(id)","geometry":\#(geometry),"properties":{"event":1,"observed_at":"2025-07-10T08:30:00+08:00","location_source":"gps","accuracy_m":8\#(extra)}}"#.utf8)
    }

    static func fields(_ bytes: [UInt8]) -> [String] {
        do throws(ReportsError) {
            _ = try ReportParser.parse(bytes)
            return []
        } catch {
            return error.issues.map(\.field)
        }
    }

    @Test func aValidReportKeepsThePointAndTheFiguresExactly() throws {
        let draft = try ReportParser.parse(Self.feature(#""crops_affected_ha": 18.6, "direct_loss_10k_yuan": 126.4, "affected_people": 320"#))
        #expect(draft.lon == 111.4851 && draft.lat == 30.4046)
        #expect(draft.indicators[.cropsAffectedHa] == 186_000 && draft.indicators[.directLoss10kYuan] == 1_264_000)
        #expect(draft.observedUTC == "2025-07-10T00:30:00Z")
        #expect(draft.uid == "0f8e2a5c-1d3b-4c6e-9a7f-2b4d6e8f0a1c")
    }

    @Test func tc2ConsistencyRulesAreRefusedNamingTheField() {
        #expect(Self.fields(Self.feature(#""crops_affected_ha": 10.0, "crops_hit_ha": 12.0, "crops_lost_ha": 1.0"#)) == ["crops_hit_ha"])
        #expect(Self.fields(Self.feature(#""crops_affected_ha": 10, "crops_hit_ha": 5.0, "crops_lost_ha": 6.0"#)) == ["crops_lost_ha"])
        #expect(Self.fields(Self.feature(#""affected_people": 50, "relocated_people": 60"#)) == ["relocated_people"])
        #expect(Self.fields(Self.feature(#""affected_people": 100, "relocated_people": 85, "relocated_concentrated": 60, "relocated_dispersed": 20"#))
            == ["relocated_dispersed"])
        #expect(Self.fields(Self.feature(#""collapsed_households": 3, "collapsed_rooms": 2"#)) == ["collapsed_rooms"])
        #expect(Self.fields(Self.feature(#""collapsed_households": 0, "collapsed_rooms": 2"#)) == ["collapsed_rooms"])
        #expect(Self.fields(Self.feature(#""affected_people": 10, "need_aid_people": 11"#)) == ["need_aid_people"])
    }

    @Test func muIsConvertedExactlyAndKept() throws {
        let draft = try ReportParser.parse(Self.feature(#""crops_affected_mu": 279"#))
        #expect(draft.indicators[.cropsAffectedHa] == 186_000)
        #expect(Indicators.decimalText(draft.indicators[.cropsAffectedHa], scale: 10_000) == "18.6")
        #expect(draft.enteredMu[.cropsAffectedHa] == "279")
        // 1 亩 = 666.67 m², rounded half up to the m².
        #expect(try ReportParser.parse(Self.feature(#""crops_affected_mu": 1"#)).indicators[.cropsAffectedHa] == 667)
        #expect(Self.fields(Self.feature(#""crops_affected_mu": 1, "crops_affected_ha": 1"#)) == ["crops_affected_ha"])
    }

    @Test func pointOneAndPointTwoHectaresSumToExactlyPointThree() throws {
        let a = try ReportParser.parse(Self.feature(#""crops_affected_ha": 0.1"#)).indicators
        let b = try ReportParser.parse(Self.feature(#""crops_affected_ha": 0.2"#)).indicators
        #expect((a + b).decimalText(.cropsAffectedHa) == "0.3")
    }

    @Test func malformedFieldsAreAllNamed() {
        #expect(Self.fields(Self.feature(id: "abc", #""wind": 3, "affected_people": 1.5, "crops_hit_ha": 0.00001, "direct_loss_10k_yuan": -1"#))
            == ["properties.wind", "id", "affected_people", "crops_hit_ha", "direct_loss_10k_yuan"])
        #expect(Self.fields(Self.feature(geometry: #"{"type":"Point","coordinates":[181,30]}"#)) == ["geometry"])
        #expect(Self.fields(Self.feature(geometry: #"{"type":"Point","coordinates":[0,0]}"#)) == ["geometry"])
        #expect(Self.fields(Array(#"{"type":"Feature","id":"0f8e2a5c-1d3b-4c6e-9a7f-2b4d6e8f0a1c","geometry":null,"properties":{"observed_at":"2025-07-10T08:30:00"}}"#.utf8))
            == ["geometry", "event", "observed_at", "location_source"])
        #expect(Self.fields(Array("not json".utf8)) == ["body"])
    }

    @Test func theContentIsTheSameWhateverTheSpacingAndOrder() throws {
        let one = try ReportParser.parse(Self.feature(#""affected_people": 3, "dead": 0"#))
        let other = try ReportParser.parse(Array(#"{ "properties": {"dead": 0, "affected_people": 3, "accuracy_m": 8, "location_source": "gps", "observed_at": "2025-07-10T08:30:00+08:00", "event": 1}, "geometry": {"coordinates": [111.4851, 30.4046], "type": "Point"}, "id": "uuid:0F8E2A5C-1D3B-4C6E-9A7F-2B4D6E8F0A1C", "type": "Feature" }"#.utf8))
        #expect(one.contentSHA256 == other.contentSHA256)
        let changed = try ReportParser.parse(Self.feature(#""affected_people": 4, "dead": 0"#))
        #expect(changed.contentSHA256 != one.contentSHA256)
    }

    /// The id is a UUID (8-4-4-4-12 hex digits, `uuid:` as ODK writes it allowed), stored in
    /// lower case; anything else is named as the field `id`.
    @Test func theIdIsAUUIDInLowerCase() throws {
        #expect(ReportParser.uuid("uuid:0F8E2A5C-1D3B-4C6E-9A7F-2B4D6E8F0A1C") == "0f8e2a5c-1d3b-4c6e-9a7f-2b4d6e8f0a1c")
        #expect(ReportParser.uuid("0f8e2a5c-1d3b-4c6e-9a7f-2b4d6e8f0a1c") == "0f8e2a5c-1d3b-4c6e-9a7f-2b4d6e8f0a1c")
        for bad in ["0f8e2a5c-1d3b-4c6e-9a7f-2b4d6e8f0a1g", "0f8e2a5c1-d3b-4c6e-9a7f-2b4d6e8f0a1c", "0f8e2a5c-1d3b-4c6e-9a7f-2b4d6e8f0a1",
                    "{0f8e2a5c-1d3b-4c6e-9a7f-2b4d6e8f0a1}", "0f8e2a5c-1d3b-4c6e-9a7f-2b4d6e8f0a1c ", "uuid:", ""] {
            #expect(ReportParser.uuid(bad) == nil, "\(bad)")
        }
    }

    /// Two JSON values are equal when their canonical texts are: members in any order, numbers
    /// and strings exactly as sent.
    @Test func jsonValuesCompareAsTheirCanonicalText() throws {
        let one = try #require(ReportJSONReader.parse(Array(#"{"a": [1, "x", null], "b": {"c": true, "d": 1.0}}"#.utf8)))
        let reordered = try #require(ReportJSONReader.parse(Array(#"{"b": {"d": 1.0, "c": true}, "a": [1, "x", null]}"#.utf8)))
        let otherNumber = try #require(ReportJSONReader.parse(Array(#"{"a": [1, "x", null], "b": {"c": true, "d": 1}}"#.utf8)))
        let otherOrder = try #require(ReportJSONReader.parse(Array(#"{"a": ["x", 1, null], "b": {"c": true, "d": 1.0}}"#.utf8)))
        #expect(one == reordered && one.canonical == reordered.canonical)
        #expect(one != otherNumber && one.canonical != otherNumber.canonical)
        #expect(one != otherOrder && one.canonical != otherOrder.canonical)
        #expect(ReportJSONReader.parse(Array(#""tab\t \u00e9 \ud83c\udf0a""#.utf8)) == .string("tab\t é 🌊"))
    }
}
