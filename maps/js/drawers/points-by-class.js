/*
 * "points-by-class": markers coloured by the class property, reachable
 * with the keyboard (Tab, Enter opens the popup), with names beside them where they fit.
 * Very many points are drawn as circles rather than focusable markers. Markers close together
 * are gathered into a numbered cluster (Debian's libjs-leaflet.markercluster, when the server
 * has it; one group for every such collection: js/cluster.js) until one zooms in, so that they
 * do not pile up over a town.
 */
import { registerDrawer } from '../registry.js';
import { classStyle, classValue, legend, markerIcon, ORDER } from '../draw.js';
import { featureTitle } from '../format.js';
import { canCluster, clustered } from '../cluster.js';
import { shade } from '../kit.js';

const MANY_MARKERS = 1500;

registerDrawer('points-by-class', (ctx) => {
  const { L, meta } = ctx;
  const features = [];
  const counts = new Map();
  let layer = null;
  let cluster = null;

  return {
    order: ORDER.point,
    add(fs) { for (const f of fs) features.push(f); },
    finish() {
      const icons = new Map();
      const circles = features.length > MANY_MARKERS;
      layer = L.geoJSON(features, {
        pointToLayer: (f, ll) => {
          const v = classValue(meta, f);
          counts.set(v, (counts.get(v) || 0) + 1);
          const st = classStyle(ctx, v);
          if (circles) return L.circleMarker(ll, { radius: st.radius * 0.7, color: '#ffffff', weight: 1, fillColor: st.color, fillOpacity: 1, className: ctx.className(v) });
          if (!icons.has(v)) icons.set(v, markerIcon(ctx, L, st, ctx.className(v)));
          const title = featureTitle(meta, f) || '';
          const cls = st.label ? st.label.zh : '';
          return L.marker(ll, {
            icon: icons.get(v), riseOnHover: true, alt: title || meta.label.zh, clusterColor: st.color,
            title: meta.label.zh + (cls ? '（' + cls + '）' : '') + '：' + title,
          });
        },
        onEachFeature: (f, l) => {
          ctx.bindPopup(l, f);
          const st = classStyle(ctx, classValue(meta, f));
          ctx.label(l, featureTitle(meta, f), { kind: 'point', priority: 40, fontSize: 11, weight: 500, color: shade(st.color, 0.45) });
        },
      });
      const st = classStyle(ctx, null);
      cluster = canCluster(L) && !circles ? clustered(ctx, layer) : null;
      ctx.addOverlay(cluster || layer, {
        swatch: { kind: 'marker', color: ctx.color, fill: st.color },
        classes: legend(ctx, counts, 'marker'),
      });
    },
    bounds() { return layer && layer.getLayers().length ? layer.getBounds() : L.latLngBounds([]); },
    layers() { return cluster ? [] : (layer ? [layer] : []); },
    stats() { return { classes: Object.fromEntries(counts) }; },
  };
});
