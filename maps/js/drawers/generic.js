/*
 * The generic drawer: any collection whose metadata names no drawer (or one this page does
 * not have), drawn by its geometry — areas and lines in the collection's colour, points as
 * markers (many points as small dots, shown when zoomed in). Names from the label property.
 */
import { registerDrawer } from '../registry.js';
import { geometryKind, markerIcon, ORDER, zoomGate } from '../draw.js';
import { featureTitle } from '../format.js';
import { t } from '../i18n.js';
import { num, tint } from '../kit.js';

const MANY_POINTS = 400;    // more points than this are drawn as dots …
const DOTS_MIN_ZOOM = 14;   // … from this zoom level up, unless the style says otherwise

registerDrawer('generic', (ctx) => {
  const { L, meta } = ctx;
  const features = [];
  let kind = null;
  let layer = null;

  return {
    get order() { return ORDER[kind || geometryKind(meta, features)]; },
    add(fs) { for (const f of fs) features.push(f); },
    finish() {
      kind = geometryKind(meta, features);
      const color = ctx.color;
      const weight = num(meta.style.weight, 2);
      const dots = kind === 'point' && features.length > MANY_POINTS;
      const icon = markerIcon(ctx, L, { color, radius: num(meta.style.radius, 5), shape: 'circle', symbol: '' }, ctx.className());
      layer = L.geoJSON(features, {
        style: () => ({ color, weight, fillColor: tint(color, 0.6), fillOpacity: 0.25, className: ctx.className() }),
        pointToLayer: (f, ll) => dots
          ? L.circleMarker(ll, { radius: 3, color: '#ffffff', weight: 0.8, fillColor: color, fillOpacity: 1, className: ctx.className() })
          : L.marker(ll, { icon, title: meta.label.zh + '：' + (featureTitle(meta, f) || ''), alt: featureTitle(meta, f) || meta.label.zh }),
        onEachFeature: (f, l) => {
          ctx.bindPopup(l, f);
          if (!dots) ctx.label(l, featureTitle(meta, f), { kind, priority: 60, fontSize: 11, color: '#33404a', weight: 500 });
        },
      });
      const swatch = { kind: kind === 'point' ? 'dot' : kind, color, weight, fill: tint(color, 0.6) };
      if (dots) {
        const minZoom = num(meta.style.minZoom, DOTS_MIN_ZOOM);
        const gate = zoomGate(ctx, layer, minZoom);
        ctx.addOverlay(gate.holder, { swatch, note: t('map.zoom.note', { zoom: minZoom }, '放大至 ' + minZoom + ' 级显示') });
        gate.sync();
      } else {
        ctx.addOverlay(layer, { swatch });
      }
    },
    bounds() { return layer && layer.getLayers().length ? layer.getBounds() : L.latLngBounds([]); },
    layers() { return layer ? [layer] : []; },
  };
});
