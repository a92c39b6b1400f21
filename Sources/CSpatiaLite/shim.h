// The system SpatiaLite library; sqlite3 itself comes in through GRDB's GRDBSQLite module.
// PROJ's geodesic.h (Karney's algorithms, as SpatiaLite's ST_Distance(a, b, 1) uses them).
#include <sqlite3.h>
#include <spatialite.h>
#include <geodesic.h>
