/*
 * Names written on the map, placed after every move and zoom so that they fit and do not
 * overlap: an area's name only when the area is wide enough for it, a line's when it is long
 * enough, a point's beside it; earlier (lower priority number) labels win, and a name is not
 * written twice close together. Drawers add candidates; which ones show needs no layer names.
 */
import { textWidth } from './kit.js';

export function createLabels(L, map) {
  let items = [];
  let sorted = true;
  let frame = 0;

  /**
   * owner: the collection id (for removal); layer: a Leaflet path or marker; text: the label.
   * kind: "area" | "line" | "point"; priority: lower is placed first; minZoom; fontSize; color;
   * obstacle: no name may cover this point's symbol (default for points; off for tiny dots).
   */
  function add(owner, layer, text, { kind = 'point', priority = 50, minZoom = 0, fontSize = 12, color = null, weight = 600, obstacle = kind === 'point' } = {}) {
    if (text == null || text === '') return;
    items.push({ owner, layer, text: String(text), kind, priority, minZoom, fontSize, color, weight, obstacle, bound: false });
    sorted = false;
  }

  function removeOwner(owner) {
    for (const it of items) if (it.owner === owner && it.bound) it.layer.unbindTooltip();
    items = items.filter((it) => it.owner !== owner);
  }

  function content(it) {
    const span = document.createElement('span');
    span.textContent = it.text;
    span.style.fontSize = it.fontSize + 'px';
    span.style.fontWeight = String(it.weight);
    if (it.color) span.style.color = it.color;
    return span;
  }

  function show(it, on) {
    if (on && !it.bound) {
      it.layer.bindTooltip(content(it), {
        permanent: true, interactive: false, className: 'label label-' + it.kind,
        direction: it.kind === 'point' ? 'right' : 'center', offset: it.kind === 'point' ? [7, 0] : [0, 0],
      });
      it.bound = true;
    }
    if (!it.bound) return;
    // (Leaflet reopens permanent tooltips when their layer is added again: ask, do not remember.)
    const open = it.layer.isTooltipOpen();
    if (on && !open) it.layer.openTooltip();
    else if (!on && open) it.layer.closeTooltip();
  }

  function update() {
    frame = 0;
    if (!sorted) {
      items.sort((a, b) => a.priority - b.priority);
      sorted = true;
    }
    const z = map.getZoom();
    const size = map.getSize();
    const view = map.getBounds().pad(0.05);
    const boxes = [];
    const placedText = new Map();
    const overlaps = (b) => boxes.some((o) => b[0] < o[2] && b[2] > o[0] && b[1] < o[3] && b[3] > o[1]);
    // Point symbols are obstacles too: no name is written over a marker.
    for (const it of items) {
      if (!it.obstacle || z < it.minZoom || !map.hasLayer(it.layer)) continue;
      const ll = it.layer.getLatLng();
      if (!view.contains(ll)) continue;
      const p = map.latLngToContainerPoint(ll);
      const r = it.layer.getRadius ? it.layer.getRadius() + 1 : 6;
      boxes.push([p.x - r, p.y - r, p.x + r, p.y + r]);
    }
    for (const it of items) {
      let on = z >= it.minZoom && map.hasLayer(it.layer);
      let box = null;
      if (on) {
        let anchor;
        if (it.kind === 'point') {
          anchor = it.layer.getLatLng();
          on = view.contains(anchor);
        } else {
          const b = it.layer.getBounds();
          on = view.intersects(b);
          if (on) {
            const sw = map.latLngToContainerPoint(b.getSouthWest());
            const ne = map.latLngToContainerPoint(b.getNorthEast());
            const pw = Math.abs(ne.x - sw.x);
            const ph = Math.abs(sw.y - ne.y);
            const tw = textWidth(it.text, it.fontSize);
            // (An area's name may fill most of its box: a township's name is wanted as soon as it fits.)
            on = it.kind === 'area' ? (pw > tw * 1.05 && ph > it.fontSize * 1.6) : Math.hypot(pw, ph) > tw * 1.5;
            // (The centre of an area or line does not depend on the zoom: computed once.)
            if (on) anchor = it.anchor || (it.anchor = it.layer.getCenter());
          }
        }
        if (on) {
          const p = map.latLngToContainerPoint(anchor);
          const w = textWidth(it.text, it.fontSize);
          const h = it.fontSize + 4;
          // (A little air around each name: touching names read as one.)
          box = it.kind === 'point' ? [p.x + 7, p.y - h / 2 - 1, p.x + 14 + w, p.y + h / 2 + 1] : [p.x - w / 2 - 4, p.y - h / 2 - 1, p.x + w / 2 + 4, p.y + h / 2 + 1];
          on = box[2] > 0 && box[0] < size.x && box[3] > 0 && box[1] < size.y && !overlaps(box);
          // The same name close by (an area and the point of its seat): once is enough.
          const same = on && placedText.get(it.text);
          if (same && same.some((q) => Math.hypot(q.x - p.x, q.y - p.y) < 160)) on = false;
          if (on) {
            boxes.push(box);
            if (!placedText.has(it.text)) placedText.set(it.text, []);
            placedText.get(it.text).push(p);
          }
        }
      }
      show(it, on);
    }
  }

  function refresh() {
    if (!frame) frame = requestAnimationFrame(update);
  }

  map.on('moveend zoomend overlayadd overlayremove resize', refresh);
  return { add, removeOwner, refresh, update };
}
