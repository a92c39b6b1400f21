import Foundation
import Testing
@testable import DimingServer

/// The offline field form (灾情速报) at `/report`: its page and files are served without a token
/// (they hold no data), its links are relative (it works below a proxy's sub-path), and only the
/// files of maps/report/ can be reached. Its behaviour offline is checked in a real Chromium by
/// tools/clients/check_field_form.py.
@Suite struct DisasterFieldFormTests {
    @Test func theFormAndItsFilesAreServed() async throws {
        let server = try await TestServer.shared.value
        let page = try await server.get("/report")
        #expect(page.status == 200 && page.header("Content-Type") == "text/html; charset=utf-8")
        #expect(page.text.contains("灾情速报") && page.text.contains("id=\"report-form\""))
        // Relative links only: /gis/report loads /gis/report/form.js behind a proxy.
        #expect(page.text.contains("src=\"report/form.js\"") && page.text.contains("href=\"report/style.css\""))
        let script = try await server.get("/report/form.js")
        #expect(script.status == 200 && script.header("Content-Type") == "text/javascript; charset=utf-8")
        #expect(script.text.contains("fetch('reports'") && !script.text.contains("serviceWorker"))
        #expect(try await server.get("/report/style.css").header("Content-Type") == "text/css; charset=utf-8")
    }

    @Test func onlyTheFormsOwnFilesCanBeReached() async throws {
        let server = try await TestServer.shared.value
        for path in ["/report/..%2Fmap.js", "/report/%2e%2e", "/report/.hidden", "/report/no-such-file.js", "/report/..%2F..%2FPackage.swift"] {
            #expect(try await server.get(path).status == 404, "\(path)")
        }
        #expect(try await server.get("/report?x=1").status == 400)
    }

    @Test func theFormIsListedInTheAPIDescription() async throws {
        let server = try await TestServer.shared.value
        let paths = try #require(try await server.get("/api").json["paths"] as? [String: Any])
        #expect(paths["/report"] != nil && paths["/report/{file}"] != nil)
    }
}
