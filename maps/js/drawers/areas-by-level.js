/*
 * "areas-by-level": nested areas , one switchable overlay per value of the class
 * property (the level), in the metadata's order — coarse levels below, fine ones on top so
 * the finest is drawn last; each level's colour and label from its class; names where they fit,
 * at every zoom where they do. A click on an area goes on to the map, which tells the whole
 * division chain at that point (js/locate.js) rather than one area's properties.
 */
import { registerDrawer } from '../registry.js';
import { classOrder, classStyle, classValue, ORDER } from '../draw.js';
import { featureTitle } from '../format.js';
import { num, shade, tint } from '../kit.js';

registerDrawer('areas-by-level', (ctx) => {
  const { L, meta } = ctx;
  const groups = new Map(); // class value → L.GeoJSON
  const counts = new Map();

  function group(v) {
    if (!groups.has(v)) {
      const st = classStyle(ctx, v);
      const listed = !!meta.classOf(v);
      groups.set(v, L.geoJSON(null, {
        style: () => ({
          color: st.color, weight: num(st.weight, 1.5), dashArray: st.dashArray,
          fill: true, fillColor: st.fillColor || tint(st.color, 0.7), fillOpacity: num(st.fillOpacity, listed ? 0.12 : 0.06),
          className: ctx.className(v),
        }),
      }));
    }
    return groups.get(v);
  }

  return {
    order: ORDER.area,
    add(features) {
      for (const f of features) {
        const v = classValue(meta, f);
        group(v).addData(f);
        counts.set(v, (counts.get(v) || 0) + 1);
      }
    },
    finish() {
      const order = classOrder(meta, new Set(groups.keys()));
      order.forEach((v, i) => {
        const g = groups.get(v);
        if (!g || !g.getLayers().length) return;
        const st = classStyle(ctx, v);
        // The level's label before the collection's, as Chinese compounds them, unless it says it all.
        const level = st.label ? { zh: st.label.zh || String(v), en: st.label.en || '' } : { zh: v || '其他', en: '' };
        const label = level.zh.includes(meta.label.zh) ? level : {
          zh: level.zh + meta.label.zh,
          en: level.en || meta.label.en,
        };
        // Finer levels are named first: where a township's name fits, the officer is looking at
        // townships, and the county's name (placed after) must not push it off its centre.
        g.eachLayer((l) => ctx.label(l, featureTitle(meta, l.feature), {
          kind: 'area', priority: 10 + 5 * (order.length - 1 - i), fontSize: Math.max(11, 15 - i), color: shade(st.color, 0.35),
        }));
        ctx.addOverlay(g, {
          label,
          swatch: { kind: 'area', color: st.color, fill: st.fillColor || tint(st.color, 0.7), dash: st.dashArray },
        });
      });
    },
    bounds() {
      const b = L.latLngBounds([]);
      for (const g of groups.values()) if (g.getLayers().length) b.extend(g.getBounds());
      return b;
    },
    /** Coarse to fine, so that the finer levels end up on top. */
    layers() {
      return classOrder(meta, new Set(groups.keys())).map((v) => groups.get(v)).filter((g) => g && g.getLayers().length);
    },
    stats() { return { levels: Object.fromEntries(counts) }; },
  };
});
