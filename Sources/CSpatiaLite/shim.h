// The system SpatiaLite library; sqlite3 itself comes in through GRDB's GRDBSQLite module.
#include <sqlite3.h>
#include <spatialite.h>
