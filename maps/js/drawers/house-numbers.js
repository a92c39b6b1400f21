/*
 * "house-numbers": many small points (house numbers), drawn only from the style's minZoom
 * (further out they are noise): first as dots, then, from NUMBERS_FROM zoom levels further in,
 * as the numbers themselves written on the map ("12", "12附1"): the secondary label property's
 * value followed by the text property the metadata lists right after it (the suffix), without
 * the unit, as a street plate shows them.
 */
import { registerDrawer } from '../registry.js';
import { ORDER, zoomGate } from '../draw.js';
import { t } from '../i18n.js';
import { num, textWidth } from '../kit.js';

const DEFAULT_MIN_ZOOM = 15;
const NUMBERS_FROM = 2;   // zoom levels above minZoom from which numbers replace the dots
const PLATE_PX = 10;      // the numbers' font size (style.css: .house-number span)

/** The number as a plate shows it: value and qualifier, no unit. */
function plate(meta, feature) {
  const p = (feature && feature.properties) || {};
  const key = meta.secondaryLabelProperty || meta.labelProperty;
  if (!key || p[key] == null || p[key] === '') return null;
  const i = meta.properties.findIndex((d) => d.name === key);
  const next = i >= 0 ? meta.properties[i + 1] : null;
  const qualifier = next && next.type === 'string' && p[next.name] != null ? String(p[next.name]) : '';
  return String(p[key]) + qualifier;
}

registerDrawer('house-numbers', (ctx) => {
  const { L, map, meta } = ctx;
  const minZoom = num(meta.style.minZoom, DEFAULT_MIN_ZOOM);
  const numbersFrom = minZoom + NUMBERS_FROM;
  const radius = () => {
    const base = num(meta.style.radius, 3);
    return Math.max(1.5, base * (map.getZoom() < minZoom + 1 ? 0.6 : 0.8));
  };
  const pane = ctx.pane('house-numbers', 420);
  const features = [];
  const dots = L.geoJSON(null, {
    pointToLayer: (f, ll) => L.circleMarker(ll, {
      radius: radius(), color: '#ffffff', weight: 0.8, fillColor: ctx.color, fillOpacity: 1, pane,
      className: ctx.className(), bubblingMouseEvents: false,
    }),
    onEachFeature: (f, l) => ctx.bindPopup(l, f),
  });
  const numbers = L.layerGroup();
  const shown = L.layerGroup([dots]);

  /**
   * Numbers that would cover one written already are left out (a "附1" plate stands a metre from
   * its number): the first in data order wins, as a street's plates are numbered.
   */
  function declutter() {
    if (!map.hasLayer(numbers)) return;
    const view = map.getBounds().pad(0.1);
    const boxes = [];
    numbers.eachLayer((m) => {
      const e = m.getElement();
      if (!e || !view.contains(m.getLatLng())) return;
      const p = map.latLngToLayerPoint(m.getLatLng());
      const w = textWidth(m.options.title, PLATE_PX) / 2 + 1;
      const h = PLATE_PX / 2 + 1;
      const box = [p.x - w, p.y - h, p.x + w, p.y + h];
      const free = !boxes.some((o) => box[0] < o[2] && box[2] > o[0] && box[1] < o[3] && box[3] > o[1]);
      e.style.visibility = free ? '' : 'hidden';
      if (free) boxes.push(box);
    });
  }

  /** Dots or numbers, as the zoom asks. */
  function sync() {
    const wantNumbers = map.getZoom() >= numbersFrom;
    if (wantNumbers && shown.hasLayer(dots)) shown.removeLayer(dots).addLayer(numbers);
    if (!wantNumbers && shown.hasLayer(numbers)) shown.removeLayer(numbers).addLayer(dots);
    const r = radius();
    dots.eachLayer((m) => { if (m.getRadius() !== r) m.setRadius(r); });
    declutter();
  }

  return {
    order: ORDER.point,
    add(fs) {
      dots.addData(fs);
      for (const f of fs) features.push(f);
    },
    finish() {
      for (const f of features) {
        const text = plate(meta, f);
        if (!text || !f.geometry || f.geometry.type !== 'Point') continue;
        const [lon, lat] = f.geometry.coordinates;
        // A point-sized icon holding the number centred on it (text through the DOM, never as HTML).
        const icon = L.divIcon({ className: 'house-number ' + ctx.className(), html: '', iconSize: [0, 0] });
        const m = L.marker([lat, lon], { icon, keyboard: false, title: text, bubblingMouseEvents: false });
        m.on('add', () => {
          const e = m.getElement();
          if (e && !e.firstChild) e.appendChild(Object.assign(document.createElement('span'), { textContent: text }));
        });
        ctx.bindPopup(m, f);
        numbers.addLayer(m);
      }
      const gate = zoomGate(ctx, shown, minZoom);
      ctx.onMap('zoomend', sync);
      ctx.onMap('moveend', declutter);
      sync();
      ctx.addOverlay(gate.holder, {
        swatch: { kind: 'dot', color: ctx.color },
        note: t('map.zoom.note', { zoom: minZoom }, '放大至 ' + minZoom + ' 级显示'),
      });
      gate.sync();
    },
    bounds() { return dots.getLayers().length ? dots.getBounds() : L.latLngBounds([]); },
    layers() { return [shown]; },
  };
});
