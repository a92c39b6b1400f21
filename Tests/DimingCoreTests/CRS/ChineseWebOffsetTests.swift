import Foundation
import Testing
@testable import DimingCore

/// GCJ-02 and BD-09 against the published pairs of two well-known open implementations, the
/// round trip over all of China, and agreement with the demo generator's Python copy.
@Suite struct ChineseWebOffsetTests {
    /// googollee/eviltransform, python/test.py `TESTS` (wgs lat, wgs lng, gcj lat, gcj lng):
    /// Shanghai, Shenzhen, Beijing.
    static let evilTransformPairs: [(wgs: Position, gcj: Position)] = [
        (Position(lon: 121.5272106, lat: 31.1774276), Position(lon: 121.531541859215, lat: 31.17530398364597)),
        (Position(lon: 113.912316, lat: 22.543847), Position(lon: 113.9171764808363, lat: 22.540796131694766)),
        (Position(lon: 116.377817, lat: 39.911954), Position(lon: 116.38404722455657, lat: 39.91334545536069)),
    ]
    /// wandergis/coordtransform, test/app.js, for the input (116.404, 39.915).
    static let coordtransformInput = Position(lon: 116.404, lat: 39.915)
    static let coordtransformWGS84ToGCJ02 = Position(lon: 116.41024449916938, lat: 39.91640428150164)
    static let coordtransformGCJ02ToBD09 = Position(lon: 116.41036949371029, lat: 39.92133699351021)
    /// Its closed-form approximate inverse BD-09 → GCJ-02 of the same input.
    static let coordtransformBD09ToGCJ02 = Position(lon: 116.39762729119315, lat: 39.90865673957631)

    /// Ground distance in metres (spherical; plenty at these distances).
    static func metres(_ a: Position, _ b: Position) -> Double {
        let dLon = (a.lon - b.lon) * .pi / 180 * cos(a.lat * .pi / 180), dLat = (a.lat - b.lat) * .pi / 180
        return 6_371_000 * (dLon * dLon + dLat * dLat).squareRoot()
    }

    @Test func theForwardFormulasReproduceThePublishedPairs() {
        for (wgs, gcj) in Self.evilTransformPairs {
            let got = ChineseWebOffset.gcj02(fromWGS84: wgs)
            #expect(abs(got.lon - gcj.lon) < 1e-12 && abs(got.lat - gcj.lat) < 1e-12, "\(got) vs \(gcj)")
        }
        let gcj = ChineseWebOffset.gcj02(fromWGS84: Self.coordtransformInput)
        #expect(abs(gcj.lon - Self.coordtransformWGS84ToGCJ02.lon) < 1e-12 && abs(gcj.lat - Self.coordtransformWGS84ToGCJ02.lat) < 1e-12)
        let bd = ChineseWebOffset.bd09(fromGCJ02: Self.coordtransformInput)
        #expect(abs(bd.lon - Self.coordtransformGCJ02ToBD09.lon) < 1e-12 && abs(bd.lat - Self.coordtransformGCJ02ToBD09.lat) < 1e-12)
    }

    @Test func theInversesGiveBackThePublishedPositions() {
        for (wgs, gcj) in Self.evilTransformPairs {
            // eviltransform's own bound for its exact inverse is 0.5 m.
            #expect(Self.metres(ChineseWebOffset.wgs84(fromGCJ02: gcj), wgs) < 0.01)
        }
        #expect(Self.metres(ChineseWebOffset.wgs84(fromGCJ02: Self.coordtransformWGS84ToGCJ02), Self.coordtransformInput) < 0.01)
        // BD-09 → WGS 84, taken forward to GCJ-02, agrees with coordtransform's BD-09 → GCJ-02.
        let viaWGS = ChineseWebOffset.gcj02(fromWGS84: ChineseWebOffset.wgs84(fromBD09: Self.coordtransformInput))
        #expect(Self.metres(viaWGS, Self.coordtransformBD09ToGCJ02) < 0.5)
    }

    @Test func inverseAfterForwardIsWithinHalfAMetreAllOverChina() {
        var worstGCJ = 0.0, worstBD = 0.0
        for lonStep in 0...124 {
            for latStep in 0...76 {
                let p = Position(lon: 73.5 + Double(lonStep) * 0.5, lat: 15.5 + Double(latStep) * 0.5)
                worstGCJ = max(worstGCJ, Self.metres(ChineseWebOffset.wgs84(fromGCJ02: ChineseWebOffset.gcj02(fromWGS84: p)), p))
                worstBD = max(worstBD, Self.metres(ChineseWebOffset.wgs84(fromBD09: ChineseWebOffset.bd09(fromWGS84: p)), p))
            }
        }
        #expect(worstGCJ < 0.5 && worstBD < 0.5, "worst \(worstGCJ) m, \(worstBD) m")
        #expect(worstGCJ < 0.01 && worstBD < 0.01, "the iteration stops at 1e-7°: worst \(worstGCJ) m, \(worstBD) m")
    }

    @Test func outsideChinaGCJ02IsTheIdentity() {
        let london = Position(lon: -0.1276, lat: 51.5072)
        #expect(ChineseWebOffset.gcj02(fromWGS84: london) == london)
        #expect(ChineseWebOffset.wgs84(fromGCJ02: london) == london)
        #expect(SourceFrame.wgs84.toCGCS2000(london) == london && SourceFrame.cgcs2000.toCGCS2000(london) == london)
    }

    /// tools/demo/chinese_offset.py converted the demo's boundaries; it must agree with this code.
    @Test(arguments: ["gcj02", "bd09"])
    func thePythonCopyAgreesToAMillimetre(frame: String) throws {
        var samples = [Position(lon: 111.4492091, lat: 30.4622862), Position(lon: 111.394592, lat: 30.123494),
                       Position(lon: 111.452, lat: 30.385)]
        for i in 0..<40 { samples.append(Position(lon: 74 + Double(i) * 1.55, lat: 18 + Double(i * 7 % 40) * 0.9)) }
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        python.arguments = [gazetteerDirectory.deletingLastPathComponent().appendingPathComponent("tools/demo/chinese_offset.py").path, frame]
        let input = Pipe(), output = Pipe()
        python.standardInput = input
        python.standardOutput = output
        try python.run()
        input.fileHandleForWriting.write(Data(samples.map { "\($0.lon) \($0.lat)\n" }.joined().utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        #expect(python.terminationStatus == 0)
        let lines = text.split(separator: "\n")
        try #require(lines.count == samples.count)
        let frame = try #require(SourceFrame(rawValue: frame))
        for (sample, line) in zip(samples, lines) {
            let values = line.split(separator: " ").compactMap { Double($0) }
            let fromPython = Position(lon: values[0], lat: values[1])
            #expect(Self.metres(frame.toCGCS2000(sample), fromPython) < 0.001, "\(sample): \(fromPython)")
        }
    }
}
