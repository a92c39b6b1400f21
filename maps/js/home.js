/*
 * Where the map opens: /map/config.json gives the deployment's home (the `home_division`
 * setting's division, else the only county, else every division) as a box to fit, and the
 * collection whose id keys the division chain of /locate answers. The page names no layer.
 */
import { api, getJSON } from './api.js';

let config = { home: null, chainCollection: null };

/** Read the configuration; an older server or a failure leaves the defaults (fit the data). */
export async function loadConfig() {
  try {
    const body = (await getJSON(api('map/config.json'))).body || {};
    config = { home: body.home || null, chainCollection: typeof body.chainCollection === 'string' ? body.chainCollection : null };
  } catch (e) {
    if (e && e.name === 'AuthError') throw e;
    config = { home: null, chainCollection: null };
  }
  return config;
}

export function mapConfig() {
  return config;
}

/** The home box as Leaflet bounds, or null. */
export function homeBounds(L) {
  const b = config.home && Array.isArray(config.home.bbox) ? config.home.bbox : null;
  if (!b || b.length !== 4 || !b.every(Number.isFinite)) return null;
  return L.latLngBounds([[b[1], b[0]], [b[3], b[2]]]);
}

/** Fit the map on the home box; false when there is none. */
export function fitHome(L, map) {
  const bounds = homeBounds(L);
  if (!bounds || !bounds.isValid()) return false;
  map.fitBounds(bounds, { padding: [8, 8], animate: false });
  return true;
}
