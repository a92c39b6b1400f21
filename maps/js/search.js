/*
 * Search: the form in the header. It asks the gazetteer's /search (by name, pinyin, initials,
 * homophone, traditional characters or former name: { results: [{ name, label, lon, lat … }] }),
 * or the search the landing page links (rel "search", GeoJSON features); a chosen result flies
 * the map to it.
 */
import { API_ROOT, AuthError, api, getJSON, linkOf, sameOrigin } from './api.js';
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

/** Show the form: the landing page's search if it links one, else the gazetteer's /search. */
export function enableSearch(landing) {
  const link = landing && linkOf(landing.links, 'search');
  href = link ? sameOrigin(link.href, API_ROOT) : api('search');
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
    if (res.body && Array.isArray(res.body.results)) return showPlaces(q, res.body.results);
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

/** The gazetteer's results: name, the former name it was found by (原建设路), a fly-to button each. */
function showPlaces(q, results) {
  list.textContent = '';
  for (const r of results) {
    const note = [r.label, r.historical ? t('map.search.historical', {}, '已销名') : null].filter(Boolean).join('，');
    const b = el('button', note ? t('map.search.place', { name: r.name, note }, r.name + '（' + note + '）') : r.name);
    b.type = 'button';
    if (r.pinyin) b.title = r.pinyin;
    b.addEventListener('click', () => flyToPlace(r));
    const li = el('li');
    li.appendChild(b);
    list.appendChild(li);
  }
  if (!results.length) list.appendChild(el('li', t('map.search.none', {}, '没有找到匹配的结果。')));
  box.hidden = false;
  setStatus(t('map.search.count', { q, count: results.length }, '「' + q + '」：' + results.length + ' 条结果。'));
  const first = list.querySelector('button');
  if (first) first.focus();
}

function flyToPlace(r) {
  const { L, map } = app;
  if (marker) map.removeLayer(marker);
  marker = null;
  if (typeof r.lon !== 'number' || typeof r.lat !== 'number') return;
  marker = L.circleMarker([r.lat, r.lon], { radius: 10, color: '#f2a541', weight: 4, fillOpacity: 0 }).addTo(map);
  map.flyTo([r.lat, r.lon], Math.max(map.getZoom(), 16));
  const text = el('div');
  text.appendChild(el('strong', r.name));
  if (r.pinyin) text.appendChild(el('div', r.pinyin));
  if (r.label) text.appendChild(el('div', r.label));
  marker.bindPopup(text).openPopup();
}
