/*
 * Small helpers shared by the modules: DOM building, safe colours, CSS class tokens.
 * Nothing here knows about any layer.
 */

/** An element with optional text and class names. */
export function el(tag, text, className) {
  const e = document.createElement(tag);
  if (text != null) e.textContent = text;
  if (className) e.className = className;
  return e;
}

export function escapeHTML(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/**
 * A value usable in a CSS class name: letters, digits, "-" and "_" stay, anything else becomes
 * "_" + its code point in hex ("I" → "I", "乡" → "_4e61"). check_map.py computes the same.
 */
export function cssToken(value) {
  let out = '';
  for (const ch of String(value)) out += /[A-Za-z0-9-]/.test(ch) ? ch : '_' + ch.codePointAt(0).toString(16);
  return out;
}

/** A colour from the server, or `fallback` if it is not a plain CSS colour (#rgb, #rrggbb, rgb(), a name). */
export function safeColor(c, fallback) {
  if (typeof c !== 'string') return fallback;
  const s = c.trim();
  if (/^#[0-9a-fA-F]{3,8}$/.test(s) || /^rgba?\([\d\s.,%]+\)$/.test(s) || /^[a-zA-Z]{3,20}$/.test(s)) return s;
  return fallback;
}

/** #rgb / #rrggbb → [r, g, b], or null. */
export function rgbOf(hex) {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex || '');
  if (!m) return null;
  const h = m[1].length === 3 ? m[1].replace(/./g, '$&$&') : m[1];
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
}

/** The colour mixed with white (t = 0 … 1), for fills and halos; other colour forms come back unchanged. */
export function tint(hex, t) {
  const rgb = rgbOf(hex);
  if (!rgb) return hex;
  return '#' + rgb.map((v) => Math.round(v + (255 - v) * t).toString(16).padStart(2, '0')).join('');
}

/** The colour darkened (t = 0 … 1), for text on a light map. */
export function shade(hex, t) {
  const rgb = rgbOf(hex);
  if (!rgb) return hex;
  return '#' + rgb.map((v) => Math.round(v * (1 - t)).toString(16).padStart(2, '0')).join('');
}

/** A finite number from the server, or the fallback. */
export function num(v, fallback) {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

/** Rough width in pixels of a label: CJK characters are square, the rest about 0.6 em. */
export function textWidth(text, fontSize) {
  let w = 0;
  for (const ch of String(text)) w += ch.codePointAt(0) >= 0x2e80 ? 1 : 0.6;
  return w * fontSize;
}

/** Colours for collections the server gives no style for (in catalogue order). */
export const PALETTE = ['#2e86c1', '#8e44ad', '#16a085', '#d35400', '#2c3e50', '#c0392b', '#7f8c8d', '#27ae60'];
