/*
 * Search: the form in the header, shown only when the landing page links to a search
 * (rel "search"); results name their layer with the metadata's label and open on the map.
 */
import { API_ROOT, AuthError, getJSON, linkOf, sameOrigin } from './api.js';
import { el } from './kit.js';
import { describe } from './meta.js';
import { featureTitle } from './format.js';
import { popupFor } from './popup.js';
import { entries } from './registry.js';
import { setStatus } from './status.js';
import { askForToken } from './auth.js';
import { labelText, t } from './i18n.js';

const form = document.getElementById('search');
const input = document.getElementById('search-q');
const box = document.getElementById('results');
const list = document.getElementById('results-list');
let href = null;
let marker = null;
let app = null;

export function setupSearch(theApp) {
  app = theApp;
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    search(input.value.trim());
  });
  document.getElementById('results-close').addEventListener('click', () => {
    box.hidden = true;
    input.focus();
  });
}

/** Show the form if the landing page advertises search. */
export function enableSearch(landing) {
  const link = landing && linkOf(landing.links, 'search');
  href = link ? sameOrigin(link.href, API_ROOT) : null;
  form.hidden = !href;
}

/** Close the results; true if they were open. */
export function hideResults() {
  if (box.hidden) return false;
  box.hidden = true;
  return true;
}

function metaOf(collectionId) {
  const e = entries.get(collectionId);
  return e ? e.meta : describe({ id: collectionId || '' });
}

async function search(q) {
  if (!q || !href) return;
  const u = new URL(href);
  u.searchParams.set('q', q);
  setStatus(t('map.search.searching', { q }, '正在检索「' + q + '」…'));
  try {
    const res = await getJSON(u.href, { accept: 'application/geo+json, application/json' });
    const feats = (res.body && Array.isArray(res.body.features)) ? res.body.features : [];
    list.textContent = '';
    for (const f of feats) {
      const meta = metaOf(f.properties && f.properties.collection);
      const title = featureTitle(meta, f) || t('map.feature', { id: f.id != null ? f.id : '' }, '要素').trim();
      const layer = labelText(meta);
      const b = el('button', layer ? t('map.search.result', { title, layer }, title + '（' + layer + '）') : title);
      b.type = 'button';
      b.addEventListener('click', () => showResult(f, meta));
      const li = el('li');
      li.appendChild(b);
      list.appendChild(li);
    }
    if (!feats.length) list.appendChild(el('li', t('map.search.none', {}, '没有找到匹配的结果。')));
    box.hidden = false;
    setStatus(t('map.search.count', { q, count: feats.length }, '「' + q + '」：' + feats.length + ' 条结果。'));
    const first = list.querySelector('button');
    if (first) first.focus();
  } catch (e) {
    if (e instanceof AuthError) return askForToken();
    setStatus(t('map.search.failed', { reason: e.message || String(e) }, '检索失败：' + (e.message || String(e))), true);
  }
}

function showResult(feature, meta) {
  const { L, map } = app;
  if (marker) map.removeLayer(marker);
  marker = L.geoJSON(feature, {
    style: { color: '#f2a541', weight: 4, fillOpacity: 0.1 },
    pointToLayer: (g, ll) => L.circleMarker(ll, { radius: 10, color: '#f2a541', weight: 4, fillOpacity: 0 }),
  }).addTo(map);
  const b = marker.getBounds();
  if (b.isValid()) map.fitBounds(b, { maxZoom: 17, padding: [30, 30] });
  // (The result's "collection" member says where it comes from: not one of the feature's properties.)
  const { collection, ...properties } = feature.properties || {};
  marker.bindPopup(popupFor(meta, { ...feature, properties })).openPopup();
}
