/*
 * The map's own texts (titles, buttons, popup labels) in the browser's language: the server
 * negotiates it from Accept-Language and answers /map/messages.json from the core's message
 * catalog (MapMessages). The page's HTML carries the Chinese texts, so that it reads right
 * before (or without) the answer; elements name their message with data-i18n attributes.
 */
import { api } from './api.js';

let texts = {};
let lang = 'zh';

/** Fetch the texts (once, before the layers); on failure the Chinese of the page stays. */
export async function loadMessages() {
  try {
    const r = await fetch(api('map/messages.json'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!r.ok) return;
    const body = await r.json();
    texts = (body && body.messages) || {};
    lang = body && body.lang === 'en' ? 'en' : 'zh';
  } catch (e) { /* offline or an older server: Chinese as written in the page */ }
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.body.dataset.lang = lang;
  applyTexts(document);
}

/** The language the texts are in: "zh" or "en". */
export function language() {
  return lang;
}

/** The text of a message with {name} placeholders filled; `fallback` (Chinese) when it is unknown. */
export function t(key, args = {}, fallback = key) {
  let s = Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : fallback;
  for (const [k, v] of Object.entries(args)) s = s.split('{' + k + '}').join(String(v));
  return s;
}

/** data-i18n="key" (text), data-i18n-placeholder, data-i18n-label (aria-label), data-i18n-title. */
export function applyTexts(root) {
  for (const e of root.querySelectorAll('[data-i18n]')) if (texts[e.dataset.i18n]) e.textContent = texts[e.dataset.i18n];
  for (const e of root.querySelectorAll('[data-i18n-placeholder]')) if (texts[e.dataset.i18nPlaceholder]) e.placeholder = texts[e.dataset.i18nPlaceholder];
  for (const e of root.querySelectorAll('[data-i18n-label]')) if (texts[e.dataset.i18nLabel]) e.setAttribute('aria-label', texts[e.dataset.i18nLabel]);
  for (const e of root.querySelectorAll('[data-i18n-title]')) if (texts[e.dataset.i18nTitle]) e.title = texts[e.dataset.i18nTitle];
}

/** A layer's name for a sentence in the texts' language: its English label when English. */
export function labelText(meta) {
  return (lang === 'en' && meta.label.en) || meta.label.zh;
}
