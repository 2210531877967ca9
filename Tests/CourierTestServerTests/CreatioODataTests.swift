import CourierTestServer
import Foundation
import XCTest

/// OData 4 routes: documents, collection query options, by key, CRUD and error bodies.
final class CreatioODataTests: CreatioTestCase {
    private let accom = "405947d0-2ffb-4ded-8675-0475f19f5a81"
    private var accessToken = ""

    override func setUpWithError() throws {
        try super.setUpWithError()
        accessToken = try token()
    }

    private func get(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws
        -> CreatioResponse
    {
        try authorized("GET", path, token: accessToken, file: file, line: line)
    }

    private func names(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String]
    {
        try values(try get(path, file: file, line: line), file: file, line: line).map {
            $0["Name"] as? String ?? "?"
        }
    }

    func testServiceDocumentAndMetadata() throws {
        let document = try jsonObject(try get("/0/odata/").body)
        XCTAssertEqual(document["@odata.context"] as? String, server.baseURL + "/0/odata/$metadata")
        let sets = (document["value"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        XCTAssertTrue(Set(["Account", "Contact", "Activity"]).isSubset(of: Set(sets)), "\(sets)")

        let metadata = try get("/0/odata/$metadata")
        XCTAssertEqual(metadata.status, 200)
        XCTAssertEqual(metadata.header("OData-Version"), "4.0")
        XCTAssertTrue(metadata.header("Content-Type")?.hasPrefix("application/xml") ?? false)
        for needle in [
            "Edmx Version=\"4.0\"", "EntitySet Name=\"Account\"", "EntitySet Name=\"Contact\"",
            "EntitySet Name=\"Activity\"", "<Property Name=\"Id\" Type=\"Edm.Guid\"",
        ] {
            XCTAssertTrue(metadata.body.contains(needle), needle)
        }
    }

    func testCollectionShapeAndHeaders() throws {
        let response = try get("/0/odata/Account")
        XCTAssertEqual(response.header("OData-Version"), "4.0")
        XCTAssertTrue(
            response.header("Content-Type")?.hasPrefix("application/json; odata.metadata=minimal") ?? false)
        let body = try jsonObject(response.body)
        XCTAssertEqual(body["@odata.context"] as? String, server.baseURL + "/0/odata/$metadata#Account")
        XCTAssertNil(body["@odata.nextLink"])
        let rows = try values(response)
        XCTAssertEqual(rows.count, 5)
        let accomRow = try XCTUnwrap(rows.first { $0["Id"] as? String == accom })
        XCTAssertEqual(accomRow["Name"] as? String, "Accom (sample)")
        XCTAssertEqual(accomRow["ParentId"] as? String, "00000000-0000-0000-0000-000000000000")
        XCTAssertEqual(accomRow["Notes"] as? String, "")
        XCTAssertEqual(accomRow["ProcessListeners"] as? Int, 0)
        XCTAssertEqual(accomRow["CreatedOn"] as? String, "2019-08-19T13:46:12.500Z")
        XCTAssertEqual(accomRow["Logo@odata.mediaEditLink"] as? String, "Account(\(accom))/Logo")
        for row in rows {
            let id = try XCTUnwrap(row["Id"] as? String)
            XCTAssertNotNil(
                id.range(of: "^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$", options: .regularExpression))
        }
        XCTAssertEqual(
            try values(try get("/odata/Contact")).count, 4, "the .NET Core root serves the same data")
        XCTAssertEqual(try values(try get("/odata/Activity")).count, 3)
    }

    func testSelect() throws {
        let response = try get("/0/odata/Account?$select=Id,Name")
        let body = try jsonObject(response.body)
        XCTAssertEqual(
            body["@odata.context"] as? String, server.baseURL + "/0/odata/$metadata#Account(Id,Name)")
        for row in try values(response) { XCTAssertEqual(Set(row.keys), ["Id", "Name"]) }
        let bad = try get("/0/odata/Account?$select=Nope")
        XCTAssertEqual(bad.status, 400)
    }

    func testFilterOperators() throws {
        XCTAssertEqual(
            try names("/0/odata/Account?$filter=Name%20eq%20'Accom%20(sample)'"), ["Accom (sample)"])
        XCTAssertEqual(try names("/0/odata/Account?$filter=Name%20ne%20'Our%20company'").count, 4)
        XCTAssertEqual(
            try names("/0/odata/Account?$filter=Completeness%20gt%2060&$orderby=Name"),
            ["Alpha Logistics", "Gamma Software"])
        XCTAssertEqual(try names("/0/odata/Account?$filter=Completeness%20ge%2060").count, 3)
        XCTAssertEqual(try names("/0/odata/Account?$filter=Completeness%20lt%2030"), ["Beta Retail"])
        XCTAssertEqual(try names("/0/odata/Account?$filter=Completeness%20le%2030").count, 2)
        XCTAssertEqual(
            try names(
                "/0/odata/Account?$filter=Completeness%20ge%2030%20and%20Completeness%20le%2060&$orderby=Name"
            ),
            ["Accom (sample)", "Our company"])
        XCTAssertEqual(
            try names("/0/odata/Account?$filter=Code%20eq%20'1'%20or%20Code%20eq%20'5'&$orderby=Code"),
            ["Our company", "Gamma Software"])
        XCTAssertEqual(
            try names(
                "/0/odata/Account?$filter=(Code%20eq%20'1'%20or%20Code%20eq%20'5')%20and%20Completeness%20gt%2070"
            ),
            ["Gamma Software"])
        XCTAssertEqual(
            try names("/0/odata/Account?$filter=not%20(Completeness%20lt%20100)"), ["Gamma Software"])
        XCTAssertEqual(try names("/0/odata/Account?$filter=contains(Name,'ta%20Re')"), ["Beta Retail"])
        XCTAssertEqual(try names("/0/odata/Account?$filter=startswith(Name,'Accom')"), ["Accom (sample)"])
        XCTAssertEqual(try names("/0/odata/Account?$filter=endswith(Name,'Software')"), ["Gamma Software"])
        XCTAssertEqual(try names("/0/odata/Account?$filter=CreatedOn%20gt%202024-01-01T00:00:00Z").count, 2)
        XCTAssertEqual(try names("/0/odata/Account?$filter=Notes%20eq%20''").count, 4)
    }

    func testFilterThroughLookups() throws {
        XCTAssertEqual(
            try names("/0/odata/Account?$filter=Owner/Name%20eq%20'Mary%20King'&$orderby=Name"),
            ["Alpha Logistics", "Gamma Software"])
        XCTAssertEqual(try names("/0/odata/Contact?$filter=AccountId%20eq%20\(accom)"), ["John Best"])
        XCTAssertEqual(try names("/0/odata/Contact?$filter=Account/Id%20eq%20\(accom)"), ["John Best"])
        XCTAssertEqual(
            try names("/0/odata/Account?$filter=Parent/Name%20eq%20'Alpha%20Logistics'"), ["Beta Retail"])
        XCTAssertEqual(try names("/0/odata/Account?$filter=ParentId%20eq%20null").count, 4)
        let titles = try values(try get("/0/odata/Activity?$filter=Account/Owner/Name%20eq%20'Mary%20King'"))
        XCTAssertEqual(titles.map { $0["Title"] as? String }, ["Meeting with Alpha"])
    }

    func testOrderByTopSkipAndCount() throws {
        XCTAssertEqual(
            try names("/0/odata/Account?$orderby=Name%20desc&$top=2"), ["Our company", "Gamma Software"])
        XCTAssertEqual(
            try names("/0/odata/Contact?$orderby=Owner/Name%20asc,Name%20desc"),
            ["Supervisor", "Alex Wilson", "Mary King", "John Best"])
        let first = try names("/0/odata/Account?$orderby=Id&$top=2&$skip=0")
        let second = try names("/0/odata/Account?$orderby=Id&$top=2&$skip=2")
        XCTAssertEqual(first.count, 2)
        XCTAssertEqual(second.count, 2)
        XCTAssertTrue(Set(first).isDisjoint(with: second))

        let counted = try jsonObject(try get("/0/odata/Account?$count=true&$top=0").body)
        XCTAssertEqual(counted["@odata.count"] as? Int, 5)
        XCTAssertEqual((counted["value"] as? [Any])?.count, 0)
        let filtered = try jsonObject(
            try get("/0/odata/Account?$count=true&$top=1&$filter=Completeness%20ge%2060").body)
        XCTAssertEqual(filtered["@odata.count"] as? Int, 3)

        let count = try get("/0/odata/Account/$count")
        XCTAssertEqual(count.status, 200)
        XCTAssertEqual(count.body, "5")
        XCTAssertTrue(count.header("Content-Type")?.hasPrefix("text/plain") ?? false)
    }

    func testByKeyAndProperty() throws {
        let response = try get("/0/odata/Account(\(accom))")
        XCTAssertEqual(response.status, 200)
        let body = try jsonObject(response.body)
        XCTAssertEqual(
            body["@odata.context"] as? String, server.baseURL + "/0/odata/$metadata#Account/$entity")
        XCTAssertEqual(body["Id"] as? String, accom)
        XCTAssertNil(body["value"])
        let selected = try jsonObject(try get("/0/odata/Account(\(accom))?$select=Name").body)
        XCTAssertEqual(selected["Name"] as? String, "Accom (sample)")
        XCTAssertNil(selected["Phone"])
        XCTAssertEqual(
            try jsonObject(try get("/0/odata/Account(\(accom))/Name").body)["value"] as? String,
            "Accom (sample)")
        XCTAssertEqual(try get("/0/odata/Account(\(accom))/Name/$value").body, "Accom (sample)")
    }

    func testErrorBodies() throws {
        let missing = try get("/0/odata/Account(00000000-0000-0000-0000-0000000000ff)")
        XCTAssertEqual(missing.status, 404)
        let error = try XCTUnwrap(try jsonObject(missing.body)["error"] as? [String: Any])
        XCTAssertEqual(error["code"] as? String, "")
        XCTAssertNotNil(error["message"] as? String)
        XCTAssertNotNil((error["innererror"] as? [String: Any])?["message"] as? String)

        let badFilter = try get("/0/odata/Account?$filter=Name%20eq")
        XCTAssertEqual(badFilter.status, 400)
        XCTAssertNotNil(try jsonObject(badFilter.body)["error"] as? [String: Any])
        XCTAssertEqual(try get("/0/odata/Account?$filter=Nope%20eq%201").status, 400)
        XCTAssertEqual(try get("/0/odata/Account?$top=-1").status, 400)
        XCTAssertEqual(try get("/0/odata/Account(not-a-guid)").status, 400)

        let unknownSet = try get("/0/odata/UsrNothing")
        XCTAssertEqual(unknownSet.status, 404)
        XCTAssertEqual(
            try jsonObject(unknownSet.body)["MessageDetail"] as? String,
            "No type was found that matches the controller named 'UsrNothing'.")
    }

    func testCreateUpdateDeleteRoundTrip() throws {
        let created = try authorized(
            "POST", "/0/odata/Account", token: accessToken, body: "{\"Name\":\"ZZ-Verify-1\"}")
        XCTAssertEqual(created.status, 201, created.body)
        let entity = try jsonObject(created.body)
        let id = try XCTUnwrap(entity["Id"] as? String)
        XCTAssertEqual(created.header("Location"), server.baseURL + "/0/odata/Account(\(id))")
        XCTAssertEqual(
            entity["@odata.context"] as? String, server.baseURL + "/0/odata/$metadata#Account/$entity")
        XCTAssertEqual(entity["Name"] as? String, "ZZ-Verify-1")
        XCTAssertEqual(entity["OwnerId"] as? String, "00000000-0000-0000-0000-000000000000")
        XCTAssertEqual(entity["Code"] as? String, "")
        let createdOn = try XCTUnwrap(entity["CreatedOn"] as? String)
        XCTAssertNotNil(
            createdOn.range(
                of: "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,7})?Z$", options: .regularExpression)
        )

        XCTAssertEqual(
            try names("/0/odata/Account?$filter=startswith(Name,'ZZ-Verify-')"), ["ZZ-Verify-1"])

        let patched = try authorized(
            "PATCH", "/0/odata/Account(\(id))", token: accessToken,
            body: "{\"Name\":\"ZZ-Verify-1-upd\",\"Completeness\":7}")
        XCTAssertEqual(patched.status, 204)
        XCTAssertEqual(patched.body, "")
        let reread = try jsonObject(try get("/0/odata/Account(\(id))").body)
        XCTAssertEqual(reread["Name"] as? String, "ZZ-Verify-1-upd")
        XCTAssertEqual(reread["Completeness"] as? Int, 7)
        XCTAssertGreaterThanOrEqual(reread["ModifiedOn"] as? String ?? "", createdOn)

        XCTAssertEqual(try authorized("DELETE", "/0/odata/Account(\(id))", token: accessToken).status, 204)
        XCTAssertEqual(try get("/0/odata/Account(\(id))").status, 404)
        XCTAssertEqual(try authorized("DELETE", "/0/odata/Account(\(id))", token: accessToken).status, 404)
        XCTAssertEqual(
            try authorized("PATCH", "/0/odata/Account(\(id))", token: accessToken, body: "{\"Name\":\"x\"}")
                .status, 404)
    }

    func testCreateWithOwnIdAndBadBodies() throws {
        let id = "11111111-2222-4333-8444-555555555555"
        let created = try authorized(
            "POST", "/odata/Contact", token: accessToken,
            body: "{\"Id\":\"\(id)\",\"Name\":\"John Best 2\",\"AccountId\":\"\(accom)\",\"Age\":40}")
        XCTAssertEqual(created.status, 201, created.body)
        XCTAssertEqual(try jsonObject(created.body)["Id"] as? String, id)
        XCTAssertEqual(
            try names("/odata/Contact?$filter=Account/Name%20eq%20'Accom%20(sample)'&$orderby=Name"),
            ["John Best", "John Best 2"])
        let unknown = try authorized("POST", "/odata/Contact", token: accessToken, body: "{\"Nope\":1}")
        XCTAssertEqual(unknown.status, 400)
        XCTAssertNotNil(try jsonObject(unknown.body)["error"])
        XCTAssertEqual(
            try authorized("POST", "/odata/Contact", token: accessToken, body: "{\"Age\":\"old\"}").status,
            400)
        XCTAssertEqual(try authorized("POST", "/odata/Contact", token: accessToken, body: "[1]").status, 400)
    }

    func testDataServiceSelectQuery() throws {
        let body =
            "{\"RootSchemaName\":\"SysAdminUnit\",\"rowCount\":1,"
            + "\"columns\":{\"items\":{\"Name\":{\"expression\":{\"columnPath\":\"Name\"}},"
            + "\"Missing\":{\"expression\":{\"columnPath\":\"Nope\"}}}}}"
        let response = try authorized(
            "POST", "/0/DataService/json/SyncReply/SelectQuery", token: accessToken, body: body)
        XCTAssertEqual(response.status, 200)
        let result = try jsonObject(response.body)
        XCTAssertEqual(result["success"] as? Bool, true)
        let rows = try XCTUnwrap(result["rows"] as? [[String: Any]])
        XCTAssertEqual(rows.count, 1)
        XCTAssertEqual(rows.first?["Name"] as? String, "Supervisor")
        XCTAssertEqual(result["notFoundColumns"] as? [String], ["Missing"])
        let config = try XCTUnwrap(result["rowConfig"] as? [String: Any])
        XCTAssertEqual((config["Name"] as? [String: Any])?["dataValueType"] as? Int, 1)

        let unknown = try authorized(
            "POST", "/DataService/json/SyncReply/SelectQuery", token: accessToken,
            body: "{\"rootSchemaName\":\"Nope\"}")
        XCTAssertEqual(unknown.status, 200)
        XCTAssertEqual(try jsonObject(unknown.body)["success"] as? Bool, false)
    }

    func testExpandLookupAndPreferMinimal() throws {
        let response = try get(
            "/0/odata/Contact(c4ed336c-3e9b-40fe-8b82-5632476472b4)?$select=Name&$expand=Account")
        let body = try jsonObject(response.body)
        XCTAssertEqual(body["Name"] as? String, "John Best")
        XCTAssertEqual((body["Account"] as? [String: Any])?["Name"] as? String, "Accom (sample)")

        let minimal = try call(
            "POST", "/0/odata/Activity",
            headers: [
                "Authorization: Bearer \(accessToken)", "Content-Type: application/json",
                "Prefer: return=minimal",
            ],
            body: "{\"Title\":\"Follow up\",\"StartDate\":\"2024-06-01T10:00:00Z\"}")
        XCTAssertEqual(minimal.status, 204)
        let location = try XCTUnwrap(minimal.header("Location"))
        let created = try jsonObject(try get(String(location.dropFirst(server.baseURL.count))).body)
        XCTAssertEqual(created["Title"] as? String, "Follow up")
        XCTAssertEqual(created["StartDate"] as? String, "2024-06-01T10:00:00Z")
        XCTAssertEqual(created["DueDate"] as? String, "0001-01-01T00:00:00Z")
    }
}
