import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The command line speaks the locale's language: Chinese with LANG=zh_CN.UTF-8, English with
/// LANG=C; and the errors a new user meets first (a typo, a missing file, a port in use, a
/// database another program is writing) say what to do.
@Suite struct LanguageCommandTests {
    static let english = ["LANG": "C"]

    /// One demo database for the suite's read-only commands.
    static let demo: Result<String, any Error> = Result {
        let db = try CommandRunner.temporaryDirectory().appendingPathComponent("demo.sqlite").path
        let result = try CommandRunner.diming("demo", "--db", db, in: CommandRunner.packageRoot)
        guard result.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: result.stderr]) }
        return db
    }

    @Test func locateNamesTheLevelsInChinese() throws {
        let db = try Self.demo.get()
        let zh = try CommandRunner.diming("locate", "--db", db, "111.45", "30.39", environment: CommandRunner.chinese)
        #expect(zh.status == 0, "\(zh.stderr)")
        #expect(zh.stdout == "420581001  陆城街道  乡级\n420581  宜都市  县级\n420500  宜昌市  地级\n位于边界上：否\n"
                + "高斯-克吕格 EPSG:4546：东坐标 543248.267 米，北坐标 3363433.054 米\n")
        let en = try CommandRunner.diming("locate", "--db", db, "111.45", "30.39", environment: Self.english)
        #expect(en.stdout == "420581001  陆城街道  township\n420581  宜都市  county\n420500  宜昌市  city\non border: no\n"
                + "Gauss-Krüger EPSG:4546: easting 543248.267 m, northing 3363433.054 m\n")
    }

    @Test func outputAndErrorsAreInChinese() throws {
        let db = try Self.demo.get()
        let layers = try CommandRunner.diming("layers", "--db", db, environment: CommandRunner.chinese)
        #expect(layers.stdout.hasPrefix("图层"), "\(layers.stdout)")
        let swapped = try CommandRunner.diming("locate", "--db", db, "30.39", "111.45", environment: CommandRunner.chinese)
        #expect(swapped.status != 0)
        #expect(swapped.stderr == "错误：坐标 [30.39, 111.45] 的纬度 111.45 超出范围；看起来是“纬度, 经度”的顺序——GeoJSON 和 CSV/WKT 都是经度在前\n")
        let setting = try CommandRunner.diming("config", "--db", db, "srid", environment: CommandRunner.chinese)
        #expect(setting.stderr == "错误：没有名为 \"srid\" 的设置；设置有 metric_srid, read_access, home_division\n")
        let english = try CommandRunner.diming("config", "--db", db, "srid", environment: Self.english)
        #expect(english.stderr == "Error: no setting named \"srid\"; the settings are metric_srid, read_access, home_division\n")
        let validation = try CommandRunner.diming("locate", "--db", db, "--strict", "111", "30", environment: CommandRunner.chinese)
        #expect(validation.status == 64)
        #expect(validation.stderr.hasPrefix("错误：--strict 须与 --batch 一起用\n"), "\(validation.stderr)")
        // ArgumentParser's own refusals too.
        let missing = try CommandRunner.diming("import", environment: CommandRunner.chinese)
        #expect(missing.status == 64)
        #expect(missing.stderr.hasPrefix("错误：缺少参数 '<layer>'\n帮助：<layer>  导入到哪个图层："), "\(missing.stderr)")
        #expect(missing.stderr.hasSuffix("  更多信息见 'diming import --help'。\n"), "\(missing.stderr)")
        let unknown = try CommandRunner.diming("export", "roads", "--bbx", "1", environment: CommandRunner.chinese)
        #expect(unknown.stderr.hasPrefix("错误：未知选项 '--bbx'，是否想输入 '--bbox'？\n"), "\(unknown.stderr)")
        let englishMissing = try CommandRunner.diming("import", environment: Self.english)
        #expect(englishMissing.stderr.hasPrefix("Error: Missing expected argument '<layer>'\n"), "\(englishMissing.stderr)")
    }

    /// `diming lcoate` said "3 unexpected arguments".
    @Test func aMistypedCommandIsNamedWithTheNearestOne() throws {
        let zh = try CommandRunner.diming("lcoate", "111", "30", environment: CommandRunner.chinese)
        #expect(zh.status != 0)
        #expect(zh.stderr == "错误：未知命令 \"lcoate\"，是否想输入 \"locate\"？\n")
        let en = try CommandRunner.diming("lcoate", "111", "30", environment: Self.english)
        #expect(en.status != 0)
        #expect(en.stderr == "Error: unknown command \"lcoate\"; did you mean \"locate\"?\n")
        #expect(try CommandRunner.diming("exprot", "roads", environment: Self.english).stderr
            == "Error: unknown command \"exprot\"; did you mean \"export\"?\n")
        let far = try CommandRunner.diming("frobnicate", environment: Self.english)
        #expect(far.status != 0)
        #expect(far.stderr.hasPrefix("Error: unknown command \"frobnicate\"; the commands are init, demo, import"), "\(far.stderr)")
    }

    @Test func aMissingDatabaseIsNamed() throws {
        let missing = try CommandRunner.temporaryDirectory().appendingPathComponent("none.sqlite").path
        let zh = try CommandRunner.diming("layers", "--db", missing, environment: CommandRunner.chinese)
        #expect(zh.status != 0)
        #expect(zh.stderr == "错误：\(missing) 处没有数据库；请用 `diming init` 或 `diming demo` 新建，或用 --db / DIMING_DB 指定另一个\n")
        let en = try CommandRunner.diming("layers", "--db", missing, environment: Self.english)
        #expect(en.stderr == "Error: no database at \(missing); create one with `diming init` or `diming demo`, or name another with --db / DIMING_DB\n")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    /// `diming serve` on a taken port said `bind(descriptor:ptr:bytes:): Address already in use (errno: 98)`.
    @Test func aPortInUseIsSaidPlainly() throws {
        let db = try CommandRunner.temporaryDirectory().appendingPathComponent("d.sqlite").path
        try #require(try CommandRunner.diming("init", "--db", db).status == 0)
        let listener = try Listener()
        defer { listener.close() }
        let zh = try CommandRunner.diming("serve", "--db", db, "--port", String(listener.port), environment: CommandRunner.chinese)
        #expect(zh.status != 0)
        #expect(zh.stderr.hasSuffix("错误：端口 \(listener.port) 已被占用（127.0.0.1）；请用 --port 换一个端口，或先停止占用它的程序\n"), "\(zh.stderr)")
        #expect(!zh.stderr.contains("errno"), "\(zh.stderr)")
        let en = try CommandRunner.diming("serve", "--db", db, "--port", String(listener.port), environment: Self.english)
        #expect(en.status != 0)
        #expect(en.stderr.hasSuffix("Error: port \(listener.port) is in use (127.0.0.1); choose another with --port, or stop the program using it\n"),
                "\(en.stderr)")
    }

    /// A write while another program (here the sqlite3 shell, as QGIS would) holds the write
    /// lock past the busy timeout said only "database is locked".
    @Test(.enabled(if: TestTools.runs(needing: "/usr/bin/sqlite3")))
    func aDatabaseLockedByAnotherWriterIsSaidPlainly() throws {
        let db = try CommandRunner.temporaryDirectory().appendingPathComponent("d.sqlite").path
        try #require(try CommandRunner.diming("init", "--db", db).status == 0)
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        holder.arguments = [db]
        let input = Pipe(), output = Pipe()
        holder.standardInput = input
        holder.standardOutput = output
        try holder.run()
        defer {
            try? input.fileHandleForWriting.close()
            holder.waitUntilExit()
        }
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\nSELECT 'locked';\n".utf8))
        var said = ""
        while !said.contains("locked") {
            let data = output.fileHandleForReading.availableData
            try #require(!data.isEmpty, "sqlite3 ended before taking the lock")
            said += String(decoding: data, as: UTF8.self)
        }
        let zh = try CommandRunner.diming("config", "--db", db, "read_access", "token", environment: CommandRunner.chinese)
        #expect(zh.status != 0)
        #expect(zh.stderr.hasPrefix("错误：数据库正被另一个程序写入，等待 10 秒后仍未结束"), "\(zh.stderr)")
        #expect(zh.stderr.split(separator: "\n").count == 1)
        input.fileHandleForWriting.write(Data("ROLLBACK;\n".utf8))
    }
}

/// A TCP listener on a free loopback port, holding it for a test.
struct Listener {
    let descriptor: Int32
    let port: Int

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let size = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, size) } }
        guard bound == 0, listen(fd, 1) == 0 else { throw POSIXError(.EADDRINUSE) }
        var length = size
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        descriptor = fd
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    func close() { _ = Glibc.close(descriptor) }
}
