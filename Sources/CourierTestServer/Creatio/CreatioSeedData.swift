/// The sample records every server instance starts with (creatio.md 7.8, 7.9): Creatio's demo ids plus a few more.
enum CreatioSeedData {
    /// Supervisor's SysAdminUnit id, also the token's `prop:SysAdminUnitId`.
    static let supervisorUnitID = "7f3b869f-34f3-4f20-ab4d-7480a5fdf647"
    /// Supervisor's contact, the creator of every seeded record.
    static let supervisorContactID = "410006e1-ca4e-4502-a9ec-e54d922d2c00"
    /// "Accom (sample)".
    static let accomID = "405947d0-2ffb-4ded-8675-0475f19f5a81"
    /// "Our company".
    static let ourCompanyID = "e308b781-3c5b-4ecb-89ef-5c1ed4da488e"

    static let johnID = "c4ed336c-3e9b-40fe-8b82-5632476472b4"
    static let maryID = "a1b2c3d4-0000-4000-8000-000000000002"
    static let alexID = "a1b2c3d4-0000-4000-8000-000000000003"
    static let alphaID = "b1b2c3d4-0000-4000-8000-000000000001"
    static let betaID = "b1b2c3d4-0000-4000-8000-000000000002"
    static let gammaID = "b1b2c3d4-0000-4000-8000-000000000003"

    /// Rows per entity set, in insertion order; unspecified columns get their empty values.
    static func rows() -> [String: [[String: ODataValue]]] {
        func d(_ text: String) -> ODataValue { .date(ODataDate.parse(text) ?? 0) }
        func g(_ id: String) -> ODataValue { .guid(id) }
        let accounts: [[String: ODataValue]] = [
            [
                "Id": g(ourCompanyID), "Name": .text("Our company"), "OwnerId": g(supervisorContactID),
                "Code": .text("1"), "Phone": .text("+1 617 440 2000"), "Web": .text("www.ourcompany.com"),
                "Completeness": .integer(60), "CreatedOn": d("2019-08-19T13:46:11Z"),
            ],
            [
                "Id": g(accomID), "Name": .text("Accom (sample)"), "OwnerId": g(supervisorContactID),
                "PrimaryContactId": g(johnID), "Code": .text("2"), "Phone": .text("+1 212 542 3300"),
                "Web": .text("www.accom.com"), "Address": .text("65 Broadway"), "Completeness": .integer(30),
                "CreatedOn": d("2019-08-19T13:46:12.5Z"),
            ],
            [
                "Id": g(alphaID), "Name": .text("Alpha Logistics"), "OwnerId": g(maryID),
                "PrimaryContactId": g(maryID), "Code": .text("3"), "Phone": .text("+44 20 7946 0000"),
                "Completeness": .integer(80), "CreatedOn": d("2023-03-01T09:00:00Z"),
            ],
            [
                "Id": g(betaID), "Name": .text("Beta Retail"), "OwnerId": g(alexID), "ParentId": g(alphaID),
                "Code": .text("4"), "Web": .text("www.beta-retail.example"), "Completeness": .integer(10),
                "CreatedOn": d("2024-02-07T21:35:26.683Z"),
            ],
            [
                "Id": g(gammaID), "Name": .text("Gamma Software"), "OwnerId": g(maryID), "Code": .text("5"),
                "Notes": .text("Key account"), "Completeness": .integer(100),
                "CreatedOn": d("2024-09-16T07:46:44.504Z"),
            ],
        ]
        let contacts: [[String: ODataValue]] = [
            [
                "Id": g(supervisorContactID), "Name": .text("Supervisor"), "AccountId": g(ourCompanyID),
                "GivenName": .text("Supervisor"), "JobTitle": .text("Administrator"),
                "Email": .text("supervisor@ourcompany.com"), "CreatedOn": d("2019-08-19T13:40:00Z"),
            ],
            [
                "Id": g(johnID), "Name": .text("John Best"), "OwnerId": g(supervisorContactID),
                "AccountId": g(accomID), "GivenName": .text("John"), "Surname": .text("Best"),
                "JobTitle": .text("CEO"), "Email": .text("john.best@accom.com"),
                "Phone": .text("+1 212 542 3301"),
                "BirthDate": d("1980-05-17T00:00:00Z"), "Age": .integer(46),
                "CreatedOn": d("2020-01-10T10:00:00Z"),
            ],
            [
                "Id": g(maryID), "Name": .text("Mary King"), "OwnerId": g(supervisorContactID),
                "AccountId": g(alphaID), "GivenName": .text("Mary"), "Surname": .text("King"),
                "JobTitle": .text("Sales manager"), "Email": .text("mary.king@alpha.example"),
                "MobilePhone": .text("+44 7700 900000"), "BirthDate": d("1990-11-02T00:00:00Z"),
                "Age": .integer(36), "CreatedOn": d("2021-06-15T08:30:00Z"),
            ],
            [
                "Id": g(alexID), "Name": .text("Alex Wilson"), "OwnerId": g(maryID), "AccountId": g(betaID),
                "GivenName": .text("Alex"), "Surname": .text("Wilson"), "JobTitle": .text("Buyer"),
                "Email": .text("alex.wilson@beta-retail.example"), "Age": .integer(29),
                "CreatedOn": d("2022-09-01T12:00:00Z"),
            ],
        ]
        let activities: [[String: ODataValue]] = [
            [
                "Id": g("d1b2c3d4-0000-4000-8000-000000000001"), "Title": .text("Call John about renewal"),
                "OwnerId": g(supervisorContactID), "AccountId": g(accomID), "ContactId": g(johnID),
                "StartDate": d("2024-03-01T09:00:00Z"), "DueDate": d("2024-03-01T09:30:00Z"),
                "DurationInMinutes": .integer(30), "CreatedOn": d("2024-02-20T10:00:00Z"),
            ],
            [
                "Id": g("d1b2c3d4-0000-4000-8000-000000000002"), "Title": .text("Meeting with Alpha"),
                "OwnerId": g(maryID), "AccountId": g(alphaID), "ContactId": g(maryID),
                "StartDate": d("2024-04-10T14:00:00Z"), "DueDate": d("2024-04-10T15:00:00Z"),
                "DurationInMinutes": .integer(60), "CreatedOn": d("2024-04-01T10:00:00Z"),
            ],
            [
                "Id": g("d1b2c3d4-0000-4000-8000-000000000003"), "Title": .text("Send proposal to Beta"),
                "OwnerId": g(alexID), "AccountId": g(betaID), "ContactId": g(alexID),
                "StartDate": d("2024-05-05T08:00:00Z"), "DueDate": d("2024-05-06T08:00:00Z"),
                "DetailedResult": .text("Proposal sent"), "DurationInMinutes": .integer(1440),
                "CreatedOn": d("2024-05-01T10:00:00Z"),
            ],
        ]
        let units: [[String: ODataValue]] = [
            [
                "Id": g(supervisorUnitID), "Name": .text("Supervisor"), "ContactId": g(supervisorContactID),
                "SysAdminUnitTypeValue": .integer(4), "Active": .boolean(true),
                "CreatedOn": d("2019-08-19T13:40:00Z"),
            ],
            [
                "Id": g("a29a3ba5-4b0d-de11-9a51-005056c00008"), "Name": .text("System administrators"),
                "SysAdminUnitTypeValue": .integer(1), "Active": .boolean(true),
                "CreatedOn": d("2019-08-19T13:40:00Z"),
            ],
        ]
        return ["Account": accounts, "Contact": contacts, "Activity": activities, "SysAdminUnit": units]
    }
}
