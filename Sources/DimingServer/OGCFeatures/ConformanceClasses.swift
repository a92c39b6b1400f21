/// The OGC API - Features conformance classes this server implements: Part 1, Part 2 for the
/// CRSs of ``CRSParameters`` (lon/lat both ways round, and Yichang's Gauss-Krüger metres), and Part 4's create, replace, update
/// and delete of features (``FeatureEditingController``).
enum ConformanceClasses {
    static let all = [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
        "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
        "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete",
        "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/update",
        "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/features",
    ]
}

/// CRS URIs (OGC 18-058): the default CRS84, the storage CRS (CGCS2000 geographic) and the
/// Gauss-Krüger zone of Yichang.
enum CRSURI {
    static let crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
    static let cgcs2000 = "http://www.opengis.net/def/crs/EPSG/0/4490"
    /// CGCS2000 / 3-degree Gauss-Kruger CM 111E, Yichang's zone (northing, easting).
    static let gaussKruger111 = "http://www.opengis.net/def/crs/EPSG/0/4546"
    /// The same zone with the zone number 37 before the easting (northing, easting).
    static let gaussKrugerZone37 = "http://www.opengis.net/def/crs/EPSG/0/4525"
    static let gregorian = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian"
}
