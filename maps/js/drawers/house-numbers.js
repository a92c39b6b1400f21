/*
 * "house-numbers": many small labelled points (house numbers), drawn only from the style's minZoom
 * (they would be noise further out), growing as one zooms in; the number (secondary label
 * property, else the title) is written beside each dot where it fits, a little further in.
 */
import { registerDrawer } from '../registry.js';
import { ORDER, zoomGate } from '../draw.js';
import { shortLabel } from '../format.js';
import { num, shade } from '../kit.js';

const DEFAULT_MIN_ZOOM = 15;

registerDrawer('house-numbers', (ctx) => {
  const { L, map, meta } = ctx;
  const minZoom = num(meta.style.minZoom, DEFAULT_MIN_ZOOM);
  const radius = () => {
    const base = num(meta.style.radius, 3);
    const z = map.getZoom();
    return Math.max(1.5, base * (z < minZoom + 1 ? 0.6 : z < minZoom + 2 ? 0.8 : z < minZoom + 3 ? 1 : 1.4));
  };
  const pane = ctx.pane('house-numbers', 420);
  const layer = L.geoJSON(null, {
    pointToLayer: (f, ll) => L.circleMarker(ll, {
      radius: radius(), color: '#ffffff', weight: 0.8, fillColor: ctx.color, fillOpacity: 1, pane, className: ctx.className(),
    }),
    onEachFeature: (f, l) => ctx.bindPopup(l, f),
  });

  return {
    order: ORDER.point,
    add(features) { layer.addData(features); },
    finish() {
      layer.eachLayer((l) => ctx.label(l, shortLabel(meta, l.feature), {
        kind: 'point', priority: 90, fontSize: 10, weight: 500, color: shade(ctx.color, 0.2), minZoom: minZoom + 2, obstacle: false,
      }));
      const gate = zoomGate(ctx, layer, minZoom);
      ctx.onMap('zoomend', () => {
        const r = radius();
        layer.eachLayer((m) => { if (m.getRadius() !== r) m.setRadius(r); });
      });
      ctx.addOverlay(gate.holder, {
        swatch: { kind: 'dot', color: ctx.color },
        note: '放大至 ' + minZoom + ' 级显示',
      });
      gate.sync();
    },
    bounds() { return layer.getLayers().length ? layer.getBounds() : L.latLngBounds([]); },
    layers() { return [layer]; },
  };
});
