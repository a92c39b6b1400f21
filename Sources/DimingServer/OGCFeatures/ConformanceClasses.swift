/// The OGC API - Features conformance classes this server implements: Part 1, Part 2 for the
/// two CRSs of the stored data (see ``CRSParameters``), and Part 4's create, replace, update
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

/// CRS URIs (OGC 18-058): the default CRS84 and the storage CRS, CGCS2000 geographic.
enum CRSURI {
    static let crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
    static let cgcs2000 = "http://www.opengis.net/def/crs/EPSG/0/4490"
    static let gregorian = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian"
}
