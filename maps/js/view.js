/*
 * The Leaflet map: no basemap (the bureau's machines are offline), a metric scale bar, the
 * attribution, and the view kept in the URL hash as #zoom/lat/lon.
 */
export function createMap(L) {
  const reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const map = L.map('map', {
    center: [30.38, 111.45], zoom: 10, minZoom: 3, maxZoom: 19, zoomSnap: 0.5,
    zoomAnimation: !reduceMotion, fadeAnimation: !reduceMotion, markerZoomAnimation: !reduceMotion,
    attributionControl: false,
  });
  L.control.scale({ metric: true, imperial: false, maxWidth: 160 }).addTo(map);
  L.control.attribution({ prefix: 'Leaflet' }).addTo(map).addAttribution('无底图（离线） · 数据：本服务（Diming）');
  return map;
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
