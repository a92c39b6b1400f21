/*
 * One marker-cluster group (Debian's libjs-leaflet.markercluster) shared by every collection
 * drawn as markers, so that markers close together gather into one numbered disc whatever
 * collection they belong to — two groups would still pile their discs on each other over a
 * town. A collection's entry in the layer switcher adds or takes out its own markers.
 */
import { tint } from './kit.js';

const RADIUS_PX = 44;        // markers closer than this on screen are gathered …
const UNTIL_ZOOM = 16;       // … below this zoom (a street's scale: every marker apart)
const MIXED = '#37474f';     // a disc gathering several collections' markers

/** Whether the plugin is there (the page works without it, unclustered). */
export function canCluster(L) {
  return typeof L.markerClusterGroup === 'function';
}

function group(app) {
  if (app.cluster) return app.cluster;
  const { L, map } = app;
  const g = L.markerClusterGroup({
    maxClusterRadius: RADIUS_PX, disableClusteringAtZoom: UNTIL_ZOOM, showCoverageOnHover: false,
    spiderfyOnMaxZoom: true, chunkedLoading: true,
    iconCreateFunction: (c) => {
      const n = c.getChildCount();
      const colors = new Set(c.getAllChildMarkers().map((m) => m.options.clusterColor || MIXED));
      const color = colors.size === 1 ? [...colors][0] : MIXED;
      const size = n < 10 ? 26 : n < 100 ? 32 : 38;
      const Icon = L.DivIcon.extend({
        createIcon(old) {
          const div = L.DivIcon.prototype.createIcon.call(this, old);
          div.style.background = color;
          div.style.boxShadow = '0 0 0 3px ' + tint(color, 0.6);
          div.textContent = String(n);
          return div;
        },
      });
      return new Icon({ className: 'cluster', iconSize: [size, size], html: '' });
    },
  });
  // Names follow the markers in and out of their clusters.
  g.on('animationend spiderfied unspiderfied', () => app.labels.refresh());
  g.addTo(map);
  app.cluster = g;
  return g;
}

/**
 * The collection's markers (a Leaflet layer group, each marker with options.clusterColor) in
 * the shared group; returns the switcher's holder: on the map, the markers are in the group.
 */
export function clustered(ctx, markers) {
  const { L, app } = ctx;
  const g = group(app);
  const list = markers.getLayers();
  const holder = L.layerGroup();
  holder.on('add', () => g.addLayers(list));
  holder.on('remove', () => g.removeLayers(list));
  ctx.onRemove(() => {
    holder.off();
    g.removeLayers(list);
  });
  return holder;
}
