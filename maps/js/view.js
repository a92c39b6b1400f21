/*
 * The Leaflet map: no basemap (the bureau's machines are offline), a metric scale bar, the
 * attribution (with each collection's data source), and the view kept in the URL hash as
 * #zoom/lat/lon.
 */
import { escapeHTML } from './kit.js';

let attribution = null;
const attributed = new Set();

export function createMap(L) {
  const reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const map = L.map('map', {
    // (China, until the home view is read.)
    center: [35, 105], zoom: 4, minZoom: 3, maxZoom: 19, zoomSnap: 0.5,
    zoomAnimation: !reduceMotion, fadeAnimation: !reduceMotion, markerZoomAnimation: !reduceMotion,
    attributionControl: false,
  });
  L.control.scale({ metric: true, imperial: false, maxWidth: 160 }).addTo(map);
  attribution = L.control.attribution({ prefix: 'Leaflet' }).addTo(map);
  return map;
}

/** A line of the attribution (plain text, escaped: Leaflet takes HTML), once. */
export function addAttribution(text) {
  if (!attribution || !text || attributed.has(text)) return;
  attributed.add(text);
  attribution.addAttribution(escapeHTML(text));
}

/** Drop the collections' lines (before the layers load again). */
export function clearAttributions() {
  for (const text of attributed) attribution.removeAttribution(escapeHTML(text));
  attributed.clear();
}

/** The view named in the URL hash, or null. */
export function viewFromHash() {
  const m = /^#(\d{1,2}(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(location.hash);
  return m ? { zoom: +m[1], center: [+m[2], +m[3]] } : null;
}

/** Follow the hash (back/forward, edited by hand) and keep it up to date once the layers are in. */
export function trackHash(map) {
  const write = () => {
    const c = map.getCenter();
    const h = '#' + map.getZoom() + '/' + c.lat.toFixed(5) + '/' + c.lng.toFixed(5);
    if (h !== location.hash) history.replaceState(null, '', h);
  };
  window.addEventListener('hashchange', () => {
    const v = viewFromHash();
    if (v) map.setView(v.center, v.zoom);
  });
  return {
    start() {
      map.off('moveend', write).on('moveend', write);
      write();
    },
  };
}
