/*
 * Building blocks the drawers share: the kind of geometry, class styles from the metadata,
 * marker icons, a group shown only from a zoom level, and the legend of the classes drawn.
 */
import { num, safeColor, shade, tint } from './kit.js';

/** "area" | "line" | "point" from the metadata's geometry type, else from the features. */
export function geometryKind(meta, features) {
  const t = meta.geometryType || (features.find((f) => f && f.geometry) || { geometry: {} }).geometry.type || '';
  if (/Polygon/i.test(t)) return 'area';
  if (/LineString/i.test(t)) return 'line';
  return 'point';
}

/** Drawing order: areas below lines below points. */
export const ORDER = { area: 100, line: 200, point: 300 };

/** The value of the class property of a feature ('' when it has none). */
export function classValue(meta, feature) {
  const p = (feature && feature.properties) || {};
  const v = meta.classProperty ? p[meta.classProperty] : null;
  return v == null ? '' : String(v);
}

/** The look of a class: its colour and weight, else the collection's. */
export function classStyle(ctx, value) {
  const c = ctx.meta.classOf(value) || {};
  const s = ctx.meta.style;
  return {
    color: safeColor(c.color, ctx.color),
    weight: num(c.weight, num(s.weight, 2)),
    radius: num(c.radius, num(s.radius, 5)),
    fillColor: safeColor(c.fillColor, null),
    fillOpacity: num(c.fillOpacity, null),
    dashArray: typeof c.dashArray === 'string' ? c.dashArray : (typeof s.dashArray === 'string' ? s.dashArray : null),
    symbol: typeof c.symbol === 'string' ? c.symbol : (typeof s.symbol === 'string' ? s.symbol : ''),
    shape: c.shape || s.shape || 'circle',
    label: ctx.meta.classLabel(value),
  };
}

/** Classes in the metadata's order, then values the metadata does not list, as they come. */
export function classOrder(meta, seen) {
  const listed = meta.classes.map((c) => String(c.value));
  const extra = [...seen].filter((v) => !listed.includes(v));
  return listed.concat(extra);
}

/** The legend of the classes that were drawn: [{label, swatch}] for the switcher. */
export function legend(ctx, counts, swatchKind) {
  if (!ctx.meta.classProperty) return [];
  return classOrder(ctx.meta, new Set(counts.keys())).filter((v) => counts.get(v)).map((v) => {
    const st = classStyle(ctx, v);
    return {
      label: st.label ? { zh: st.label.zh || String(v), en: st.label.en || '' } : { zh: v === '' ? '其他' : v, en: v === '' ? 'Other' : '' },
      swatch: { kind: swatchKind, color: st.color, weight: st.weight, dash: st.dashArray,
        fill: swatchKind === 'marker' ? st.color : (st.fillColor || tint(st.color, 0.6)) },
    };
  });
}

/** A marker icon coloured from the metadata (colours set through the DOM, not HTML). */
export function markerIcon(ctx, L, st, className) {
  const size = Math.max(st.symbol ? 18 : 8, Math.round(st.radius * 2 + 2));
  const Icon = L.DivIcon.extend({
    createIcon(old) {
      const div = L.DivIcon.prototype.createIcon.call(this, old);
      div.style.background = st.color;
      div.style.borderColor = '#ffffff';
      div.style.boxShadow = '0 0 0 1px ' + shade(st.color, 0.35);
      if (st.shape !== 'square') div.style.borderRadius = '50%';
      div.textContent = st.symbol || '';
      return div;
    },
  });
  return new Icon({ className: 'mk ' + className, iconSize: [size, size], html: '' });
}

/**
 * A layer that is on the map only from minZoom up, behind a switchable (empty) holder group:
 * the holder goes into the switcher, the layer follows it and the zoom.
 */
export function zoomGate(ctx, layer, minZoom) {
  const { L, map } = ctx;
  const holder = L.layerGroup();
  const sync = () => {
    const want = map.hasLayer(holder) && map.getZoom() >= minZoom;
    if (want && !map.hasLayer(layer)) map.addLayer(layer);
    if (!want && map.hasLayer(layer)) map.removeLayer(layer);
    ctx.refreshLabels();
  };
  holder.on('add remove', () => setTimeout(sync, 0));
  ctx.onMap('zoomend', sync);
  ctx.onRemove(() => {
    holder.off();
    map.removeLayer(layer);
  });
  return { holder, sync };
}
