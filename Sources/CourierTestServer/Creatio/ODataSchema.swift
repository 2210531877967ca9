/// The type of one entity column: its CSDL name and its DataService `dataValueType`.
enum ODataColumnType: Sendable {
    case guid, text, integer, decimal, boolean, dateTime

    /// The CSDL primitive type.
    var edmType: String {
        switch self {
        case .guid: return "Edm.Guid"
        case .text: return "Edm.String"
        case .integer: return "Edm.Int32"
        case .decimal: return "Edm.Decimal"
        case .boolean: return "Edm.Boolean"
        case .dateTime: return "Edm.DateTimeOffset"
        }
    }

    /// DataService's number for the type (creatio.md 8).
    var dataValueType: Int {
        switch self {
        case .guid: return 0
        case .text: return 1
        case .integer: return 4
        case .decimal: return 5
        case .dateTime: return 7
        case .boolean: return 12
        }
    }

    /// The value of an empty column: `""`, the zero GUID, 0, false or `0001-01-01T00:00:00Z`.
    var emptyValue: ODataValue {
        switch self {
        case .guid: return .guid(ODataValue.zeroGUID)
        case .text: return .text("")
        case .integer: return .integer(0)
        case .decimal: return .decimal(0)
        case .boolean: return .boolean(false)
        case .dateTime: return .date(ODataDate.emptySeconds)
        }
    }
}

/// A lookup navigation: `Owner` reads the GUID in `OwnerId` and points into entity set `Contact`.
struct ODataNavigation: Sendable {
    var name: String
    var column: String
    var target: String
}

/// One entity set's shape: columns in output order, lookups, and binary (stream) properties.
struct ODataEntitySet: Sendable {
    var name: String
    var columns: [(name: String, type: ODataColumnType)]
    var navigations: [ODataNavigation]
    var mediaProperties: [String]

    /// The type of column `name`, nil when the set has no such column.
    func columnType(_ name: String) -> ODataColumnType? { columns.first { $0.name == name }?.type }

    /// The navigation property `name`, if any.
    func navigation(_ name: String) -> ODataNavigation? { navigations.first { $0.name == name } }
}

/// The entity sets the test server serves (creatio.md 7.9), every one with Creatio's common columns.
enum ODataSchema {
    static let commonColumns: [(name: String, type: ODataColumnType)] = [
        ("Id", .guid), ("CreatedOn", .dateTime), ("CreatedById", .guid), ("ModifiedOn", .dateTime),
        ("ModifiedById", .guid), ("ProcessListeners", .integer),
    ]

    private static let commonNavigations = [
        ODataNavigation(name: "CreatedBy", column: "CreatedById", target: "Contact"),
        ODataNavigation(name: "ModifiedBy", column: "ModifiedById", target: "Contact"),
    ]

    private static func set(
        _ name: String, _ columns: [(String, ODataColumnType)], lookups: [(String, String)],
        media: [String] = []
    ) -> ODataEntitySet {
        ODataEntitySet(
            name: name, columns: commonColumns + columns.map { (name: $0.0, type: $0.1) },
            navigations: commonNavigations
                + lookups.map { ODataNavigation(name: $0.0, column: $0.0 + "Id", target: $0.1) },
            mediaProperties: media)
    }

    static let sets: [ODataEntitySet] = [
        set(
            "Account",
            [
                ("Name", .text), ("OwnerId", .guid), ("PrimaryContactId", .guid), ("ParentId", .guid),
                ("IndustryId", .guid), ("TypeId", .guid), ("Code", .text), ("Phone", .text), ("Web", .text),
                ("Address", .text), ("CityId", .guid), ("CountryId", .guid), ("Notes", .text),
                ("Completeness", .integer), ("AccountLogoId", .guid),
            ],
            lookups: [("Owner", "Contact"), ("PrimaryContact", "Contact"), ("Parent", "Account")],
            media: ["Logo"]),
        set(
            "Contact",
            [
                ("Name", .text), ("OwnerId", .guid), ("AccountId", .guid), ("JobTitle", .text),
                ("BirthDate", .dateTime), ("Phone", .text), ("MobilePhone", .text), ("Email", .text),
                ("Surname", .text), ("GivenName", .text), ("MiddleName", .text), ("Age", .integer),
            ],
            lookups: [("Owner", "Contact"), ("Account", "Account")],
            media: ["ContactPhoto"]),
        set(
            "Activity",
            [
                ("Title", .text), ("OwnerId", .guid), ("AccountId", .guid), ("ContactId", .guid),
                ("StartDate", .dateTime), ("DueDate", .dateTime), ("StatusId", .guid), ("PriorityId", .guid),
                ("DetailedResult", .text), ("DurationInMinutes", .integer),
            ],
            lookups: [("Owner", "Contact"), ("Account", "Account"), ("Contact", "Contact")]),
        set(
            "SysAdminUnit",
            [
                ("Name", .text), ("ContactId", .guid), ("SysAdminUnitTypeValue", .integer),
                ("Active", .boolean),
            ],
            lookups: [("Contact", "Contact")]),
    ]

    /// The entity set called `name` (case-sensitive, as OData names are).
    static func set(named name: String) -> ODataEntitySet? { sets.first { $0.name == name } }
}
