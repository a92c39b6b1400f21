import Foundation
import Testing
@testable import DimingCore

/// Whether `role` may edit `layer` at all, scope aside, as the bureau's division of work says
/// (written out here, independently of each layer's `editors`, which the matrix checks).
func expectedToEdit(_ role: Role, _ layer: Layer) -> Bool {
    switch role {
    case .admin: true
    case .placenameOfficer: ["places", "roads", "addresses"].contains(layer.name)
    case .boundaryInspector: layer.name == "divisions"
    case .disasterReviewer: layer.name == "shelters"
    case .disasterReporter, .disasterApprover, .viewer: false
    }
}

/// The rules the write routes call: role, then scope.
@Suite struct AccessPolicyTests {
    let township: Account
    let county: Account
    let city: Account

    init() throws {
        township = Account(id: 1, name: "zhao", role: .disasterReporter,
                           scope: AccessScope(division: try divisionCode("420581001")), createdAt: Date())
        county = Account(id: 2, name: "li", role: .placenameOfficer,
                         scope: AccessScope(division: try divisionCode("420581")), createdAt: Date())
        city = Account(id: 3, name: "boss", role: .admin,
                       scope: AccessScope(division: try divisionCode("420500")), createdAt: Date())
    }

    @Test func rolesAndScopesDecideEdits() throws {
        let reports = Layer(name: "reports", label: LocalizedText("灾情", "Reports"), summary: "test", geometryType: .point,
                            columns: [], editors: [.disasterReporter], style: LayerStyle(drawer: "points-by-class", color: "#000"))
        #expect(throws: AccessError.self) { try AccessPolicy.authorize(nil, for: .edit(layer: .places, divisionCode: "420581001")) }
        try AccessPolicy.authorize(county, for: .edit(layer: .places, divisionCode: "420581001"))
        #expect(throws: AccessError.self) { try AccessPolicy.authorize(county, for: .edit(layer: .divisions, divisionCode: "420581001")) }
        #expect(throws: AccessError.self) { try AccessPolicy.authorize(county, for: .edit(layer: .places, divisionCode: "420582001")) }
        try AccessPolicy.authorize(township, for: .edit(layer: reports, divisionCode: "420581001005"))
        #expect(throws: AccessError.self) { try AccessPolicy.authorize(township, for: .edit(layer: reports, divisionCode: "420581002")) }
        try AccessPolicy.authorize(city, for: .edit(layer: .divisions, divisionCode: "420581"))
        let error = #expect(throws: AccessError.self, "a place-name officer must not read the audit log") {
            try AccessPolicy.authorize(county, for: .readAudit)
        }
        #expect(error?.status == 403)
    }

    /// Every role × every layer of the catalog × a division inside and one outside the
    /// account's scope (county 420581): allowed exactly when the role edits the layer and the
    /// division is inside; otherwise 403. An account of the whole database edits what its role
    /// allows anywhere.
    @Test(arguments: Role.allCases)
    func everyRoleOnEveryLayerInsideAndOutsideItsScope(_ role: Role) throws {
        let scoped = Account(id: 1, name: "m", role: role, scope: AccessScope(division: try divisionCode("420581")),
                             createdAt: Date())
        let everywhere = Account(id: 2, name: "w", role: role, scope: .everywhere, createdAt: Date())
        let cases: [(account: Account, division: String, inside: Bool)] = [
            (scoped, "420581001", true), (scoped, "420582001", false),
            (everywhere, "420581001", true), (everywhere, "420582001", true),
        ]
        for layer in LayerCatalog.core.layers {
            for (account, division, inside) in cases {
                let expected = expectedToEdit(role, layer) && inside
                let action = AccessPolicy.Action.edit(layer: layer, divisionCode: division)
                let what = "\(role.rawValue) (\(account.scope.division?.digits ?? "everywhere")) edits \(layer.name) in \(division)"
                do {
                    try AccessPolicy.authorize(account, for: action)
                    #expect(expected, "\(what): allowed, but should be refused")
                } catch {
                    #expect(!expected, "\(what): refused (\(error.detail)), but should be allowed")
                    #expect(error.status == 403, "\(what)")
                }
            }
        }
    }

    /// The matrix above is not vacuous: it allows and refuses, as the roles' summaries say.
    @Test func theExpectationFollowsTheRoles() {
        let layers = LayerCatalog.core.layers
        #expect(layers.allSatisfy { expectedToEdit(.admin, $0) })
        #expect(!layers.contains { expectedToEdit(.viewer, $0) })
        #expect(expectedToEdit(.placenameOfficer, .places) && !expectedToEdit(.placenameOfficer, .divisions))
        #expect(expectedToEdit(.boundaryInspector, .divisions) && !expectedToEdit(.boundaryInspector, .shelters))
        #expect(expectedToEdit(.disasterReviewer, .shelters))
    }
}
