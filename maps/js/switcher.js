/*
 * The layer switcher (Leaflet's layers control): one entry per overlay a drawer adds, with a
 * colour swatch, the Chinese label, the English one in grey, an optional note and a small
 * legend of the classes drawn — all from the metadata the drawer passes in.
 */
import { escapeHTML, safeColor } from './kit.js';

let control = null;

export function createSwitcher(L, map) {
  control = L.control.layers(null, null, { collapsed: window.innerWidth < 700, sortLayers: false }).addTo(map);
  return control;
}

/**
 * A swatch: {kind: "area" | "line" | "dot" | "marker", color, fill, dash, weight}.
 * Returns HTML (Leaflet's control takes names as HTML); colours are checked, text is escaped.
 */
export function swatchHTML(s) {
  const color = safeColor(s && s.color, '#2e86c1');
  const fill = safeColor(s && s.fill, 'transparent');
  const kind = (s && s.kind) || 'area';
  let style;
  if (kind === 'line') {
    style = `background:${color};height:${Math.max(2, Math.min(6, Math.round((s && s.weight) || 3)))}px`;
  } else if (kind === 'dot') {
    style = `background:${color};border-color:${fill === 'transparent' ? '#fff' : fill}`;
  } else if (kind === 'marker') {
    style = `background:${fill === 'transparent' ? color : fill};border-color:${color}`;
  } else {
    style = `border-color:${color};background:${fill};border-style:${s && s.dash ? 'dashed' : 'solid'}`;
  }
  return `<span class="sw sw-${kind}" style="${style}" aria-hidden="true"></span>`;
}

/** The switcher's text for an overlay: swatch, 中文, English, note, class legend. */
export function overlayHTML({ label, swatch, note, classes }) {
  let html = swatchHTML(swatch) + '<span class="zh">' + escapeHTML(label.zh) + '</span>';
  if (label.en) html += ' <span class="en" lang="en">' + escapeHTML(label.en) + '</span>';
  if (note) html += ' <span class="note">' + escapeHTML(note) + '</span>';
  if (classes && classes.length) {
    html += '<span class="legend">' + classes.map((c) =>
      '<span class="legend-item">' + swatchHTML(c.swatch) + escapeHTML(c.label.zh) +
      (c.label.en ? ' <span class="en" lang="en">' + escapeHTML(c.label.en) + '</span>' : '') + '</span>').join('') + '</span>';
  }
  return html;
}

export function addOverlay(layer, spec) {
  control.addOverlay(layer, overlayHTML(spec));
}

export function removeOverlay(layer) {
  control.removeLayer(layer);
}
