// GDAL's C API (Debian libgdal-dev): GeoPackage, Shapefile and KML for import and export.
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
