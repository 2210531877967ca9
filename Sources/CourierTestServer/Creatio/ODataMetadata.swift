/// The CSDL document (`$metadata`, `Edmx Version="4.0"`) describing `ODataSchema.sets`.
enum ODataMetadata {
    private static let namespace = "Terrasoft.Configuration"

    /// The XML text.
    static let document: String = {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
            <edmx:DataServices>
            <Schema Namespace="\(namespace)" xmlns="http://docs.oasis-open.org/odata/ns/edm">

            """
        for set in ODataSchema.sets {
            xml += "<EntityType Name=\"\(set.name)\"><Key><PropertyRef Name=\"Id\"/></Key>"
            for column in set.columns {
                let nullable = column.name == "Id" ? " Nullable=\"false\"" : ""
                xml += "<Property Name=\"\(column.name)\" Type=\"\(column.type.edmType)\"\(nullable)/>"
            }
            for media in set.mediaProperties { xml += "<Property Name=\"\(media)\" Type=\"Edm.Stream\"/>" }
            for navigation in set.navigations {
                xml +=
                    "<NavigationProperty Name=\"\(navigation.name)\" Type=\"\(namespace).\(navigation.target)\">"
                xml += "<ReferentialConstraint Property=\"\(navigation.column)\" ReferencedProperty=\"Id\"/>"
                xml += "</NavigationProperty>"
            }
            xml += "</EntityType>\n"
        }
        xml += "<EntityContainer Name=\"Container\">\n"
        for set in ODataSchema.sets {
            xml += "<EntitySet Name=\"\(set.name)\" EntityType=\"\(namespace).\(set.name)\">"
            for navigation in set.navigations {
                xml +=
                    "<NavigationPropertyBinding Path=\"\(navigation.name)\" Target=\"\(navigation.target)\"/>"
            }
            xml += "</EntitySet>\n"
        }
        xml += "</EntityContainer>\n</Schema>\n</edmx:DataServices>\n</edmx:Edmx>\n"
        return xml
    }()
}
