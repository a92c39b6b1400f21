/*
 * "lines-by-class": lines coloured and weighted by the class property, with the
 * classes drawn as a legend in the switcher and names along the longer lines.
 */
import { registerDrawer } from '../registry.js';
import { classStyle, classValue, legend, ORDER } from '../draw.js';
import { featureTitle } from '../format.js';
import { num, shade } from '../kit.js';

registerDrawer('lines-by-class', (ctx) => {
  const { L, meta } = ctx;
  const counts = new Map();
  const layer = L.geoJSON(null, {
    bubblingMouseEvents: false, // a click on a line shows the line, not where the point lies
    style: (f) => {
      const v = classValue(meta, f);
      const st = classStyle(ctx, v);
      return { color: st.color, weight: st.weight, opacity: 0.95, lineCap: 'round', lineJoin: 'round', dashArray: st.dashArray, className: ctx.className(v) };
    },
    onEachFeature: (f, l) => {
      ctx.bindPopup(l, f);
      const v = classValue(meta, f);
      counts.set(v, (counts.get(v) || 0) + 1);
    },
  });

  return {
    order: ORDER.line,
    add(features) { layer.addData(features); },
    finish() {
      layer.eachLayer((l) => {
        const st = classStyle(ctx, classValue(meta, l.feature));
        ctx.label(l, featureTitle(meta, l.feature), {
          kind: 'line', priority: 45, fontSize: 11, weight: 500, color: shade(st.color, 0.55),
          minZoom: num(meta.style.labelMinZoom, 0),
        });
      });
      ctx.addOverlay(layer, {
        swatch: { kind: 'line', color: ctx.color, weight: num(meta.style.weight, 3) },
        classes: legend(ctx, counts, 'line'),
      });
    },
    bounds() { return layer.getLayers().length ? layer.getBounds() : L.latLngBounds([]); },
    layers() { return [layer]; },
    stats() { return { classes: Object.fromEntries(counts) }; },
  };
});
