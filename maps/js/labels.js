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
    if (on && it.bound && it.kind === 'area' && it.layer.getTooltip() && it.layer.getTooltip().options.offset[1] !== it.offset) {
      it.layer.unbindTooltip();
      it.bound = false;
    }
    if (on && !it.bound) {
      it.layer.bindTooltip(content(it), {
        permanent: true, interactive: false, className: 'label label-' + it.kind,
        direction: it.kind === 'point' ? 'right' : 'center', offset: it.kind === 'point' ? [7, 0] : [0, it.offset || 0],
      });
      // An area's name stands at the centre of its largest part (Leaflet would take the first part's).
      if (it.kind === 'area' && it.layer.isTooltipOpen()) it.layer.openTooltip(it.anchor);
      it.bound = true;
    }
    if (!it.bound) return;
    // (Leaflet reopens permanent tooltips when their layer is added again: ask, do not remember.)
    const open = it.layer.isTooltipOpen();
    if (on && !open) it.layer.openTooltip(it.kind === 'area' ? it.anchor : undefined);
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
    // So are the discs of marker clusters (js/cluster.js), which are no items of ours, and the
    // map's controls (a name half under the zoom buttons reads as another name).
    const origin = map.getContainer().getBoundingClientRect();
    for (const e of map.getContainer().querySelectorAll('.leaflet-marker-icon.cluster, .leaflet-control')) {
      const r = e.getBoundingClientRect();
      boxes.push([r.left - origin.left, r.top - origin.top, r.right - origin.left, r.bottom - origin.top]);
    }
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
            if (on) anchor = it.anchor || (it.anchor = it.kind === 'area' ? areaCenter(L, it.layer) : it.layer.getCenter());
          }
        }
        if (on) {
          const centre = map.latLngToContainerPoint(anchor);
          const w = textWidth(it.text, it.fontSize);
          const h = it.fontSize + 4;
          // An area's name may move a line or two down or up when a symbol covers its centre.
          const shifts = it.kind === 'area' ? [0, 1.5 * h, -1.5 * h, 2.5 * h, -2.5 * h] : [0];
          let p = centre;
          for (const dy of shifts) {
            p = L.point(centre.x, centre.y + dy);
            // (A little air around each name: touching names read as one.)
            box = it.kind === 'point' ? [p.x + 7, p.y - h / 2 - 1, p.x + 14 + w, p.y + h / 2 + 1] : [p.x - w / 2 - 4, p.y - h / 2 - 1, p.x + w / 2 + 4, p.y + h / 2 + 1];
            on = box[0] >= 0 && box[2] <= size.x && box[1] >= 0 && box[3] <= size.y && !overlaps(box); // whole names only
            if (on) break;
          }
          it.offset = p.y - centre.y;
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

/** The centroid of an area's largest ring (Leaflet's getCenter takes the first part of a multipolygon). */
function areaCenter(L, layer) {
  let best = null;
  let bestArea = 0;
  const visit = (a) => {
    if (!Array.isArray(a) || !a.length) return;
    if (a[0] instanceof L.LatLng) {
      let area = 0;
      let cx = 0;
      let cy = 0;
      for (let i = 0, j = a.length - 1; i < a.length; j = i++) {
        const c = a[j].lng * a[i].lat - a[i].lng * a[j].lat;
        area += c;
        cx += (a[j].lng + a[i].lng) * c;
        cy += (a[j].lat + a[i].lat) * c;
      }
      if (Math.abs(area) > bestArea) {
        bestArea = Math.abs(area);
        best = L.latLng(cy / (3 * area), cx / (3 * area));
      }
      return;
    }
    // Polygons: only outer rings (the first of each) count.
    if (a[0][0] instanceof L.LatLng) visit(a[0]);
    else for (const part of a) visit(part);
  };
  visit(layer.getLatLngs());
  return best || layer.getCenter();
}
