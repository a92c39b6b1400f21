/*
 * 宜都市 web map — served by `diming serve` at /map: the main module, which
 * wires the others (maps/js/, see maps/README.md). No bundler: the browser loads the modules
 * from the server itself; Leaflet is Debian's libjs-leaflet at /static/leaflet/ (window.L).
 *
 * Reads the server's OGC API - Features (same origin, no other requests of any kind: no
 * tiles, no CDN, no fonts), asks /collections which layers there are and how to draw them
 * (the "x-diming" metadata of each collection names its drawer, colours, labels and classes),
 * loads every feature by following `next` links, and draws each collection with its drawer.
 * No layer is named in this folder: everything layer-specific comes from the server.
 *
 * For tests and scripts, when loading is over:
 *   document.body.dataset.state  = "done" | "error" | "auth"
 *   document.body.dataset.loaded = total number of features loaded (set when state is done or error)
 *   window.diming = { map, counts: {collection: n}, levels: {level: n}, errors: [...],
 *                     locked: [collections that answered 401: drawn once a token is given], done: true,
 *                     collections: [ids], total, registry: {collection: {drawer, requested, label,
 *                     count, overlays, classes, …}}, bounds(collection) → [[s, w], [n, e]] }
 * The view can be given in the URL hash as #zoom/lat/lon (it is kept up to date); else the map
 * opens on the deployment's home (js/home.js: the `home_division` setting). A click on the map
 * tells where the point lies (js/locate.js). The page's texts come in the browser's language
 * (js/i18n.js).
 */
import { api, AuthError, getJSON, HttpError, itemsURL, pages } from './js/api.js';
import { askForToken, hideAuth, offerToken, setupAuth } from './js/auth.js';
import { forgetNames, rememberNames } from './js/format.js';
import { fitHome, homeBounds, loadConfig } from './js/home.js';
import { labelText, loadMessages, t } from './js/i18n.js';
import { createLabels } from './js/labels.js';
import { setupLocate } from './js/locate.js';
import { describe, referencedCollections } from './js/meta.js';
import { closePanel, loadPanel, setupPanels, updatePanels } from './js/panels.js';
import { clearEntries, createEntry, entries, GENERIC, loadDrawer, snapshot } from './js/registry.js';
import { enableSearch, hideResults, setupSearch } from './js/search.js';
import {
  clearProgress, count, finishProgress, setState, setStatus, startProgress, updateProgress,
} from './js/status.js';
import { createSwitcher } from './js/switcher.js';
import { addAttribution, clearAttributions, createMap, trackHash, viewFromHash } from './js/view.js';

const PARALLEL_COLLECTIONS = 3;

const state = window.diming = {
  done: false, counts: {}, levels: {}, errors: [], locked: [], collections: [], registry: {}, map: null, version: 2,
  bounds(id) {
    const e = entries.get(id);
    const b = e && e.drawer.bounds();
    return b && b.isValid() ? [[b.getSouth(), b.getWest()], [b.getNorth(), b.getEast()]] : null;
  },
};

if (typeof window.L === 'undefined') {
  setState('error');
  setStatus(t('map.leafletMissing', {}, '地图组件 Leaflet 未能加载（/static/leaflet/leaflet.js）。请联系系统管理员安装 libjs-leaflet。'), true);
  state.errors.push('leaflet missing');
} else {
  loadMessages().then(() => init(window.L));
}

function init(L) {
  const map = state.map = createMap(L);
  createSwitcher(L, map);
  const labels = createLabels(L, map);
  const app = { L, map, labels, entries, state };
  setupPanels(app);
  setupSearch(app);
  setupAuth({ onToken: start, onCancel: () => map.getContainer().focus() });
  setupLocate(L, map);
  setupMenu();
  const hashView = viewFromHash();
  if (hashView) map.setView(hashView.center, hashView.zoom, { animate: false });
  const hash = trackHash(map);
  let generation = 0;
  let homed = false;

  // Escape closes the search results, the panel, the token form or the popup (the topmost).
  document.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape') return;
    if (hideResults() || closePanel(true) || hideAuth()) return;
    map.closePopup();
  });

  async function loadCollection(entry, referenced) {
    const { meta } = entry;
    startProgress(meta.id, meta.label.zh);
    try {
      for await (const page of pages(itemsURL(meta.id))) {
        entry.drawer.add(page.features);
        if (referenced.has(meta.id)) rememberNames(meta, page.features);
        entry.count += page.features.length;
        updateProgress(meta.id, entry.count, page.numberMatched);
      }
      state.counts[meta.id] = entry.count;
    } catch (e) {
      if (e instanceof AuthError) {
        // This layer needs a token (e.g. when the rest is open): draw the others.
        entry.locked = true;
        state.locked.push(meta.id);
      } else {
        state.counts[meta.id] = entry.count;
        const reason = e.status === 403 ? t('map.layer.forbidden', {}, '当前令牌无权读取此图层') : (e.message || String(e));
        entry.error = t('map.layer.failed', { layer: labelText(meta), reason }, '图层「' + meta.label.zh + '」加载失败：' + reason);
        state.errors.push(entry.error);
      }
    } finally {
      finishProgress(meta.id);
    }
  }

  async function start() {
    const run = ++generation;
    clearEntries(app);
    forgetNames();
    clearProgress();
    Object.assign(state, { done: false, counts: {}, levels: {}, errors: [], locked: [], registry: {} });
    setState('loading');
    setStatus(t('map.status.listing', {}, '正在读取图层列表…'));
    clearAttributions();
    addAttribution(t('map.attribution.offline', {}, '无底图（离线）'));
    try {
      // The landing page tells whether search exists; /collections lists the layers and their metadata.
      const landing = await getJSON(api('')).then((r) => r.body, (e) => {
        if (e instanceof AuthError) throw e;
        return {}; // no landing page: go on without search
      });
      enableSearch(landing);
      // Showing the search form may change the header's height, and with it the map's: Leaflet
      // must measure again, or clicks land a few pixels from where it thinks.
      map.invalidateSize({ pan: false });
      // Open on the deployment's county at once, before the layers arrive.
      const config = await loadConfig();
      if (run !== generation) return;
      if (!hashView && !homed) homed = fitHome(L, map);
      showTitle(config);
      const res = await getJSON(api('collections'));
      const cols = (res.body && Array.isArray(res.body.collections) ? res.body.collections : []).filter((c) => c && c.id != null);
      if (!cols.length) throw new HttpError(0, res.url, t('map.noLayers', {}, '服务器没有列出任何图层'));
      const metas = cols.map((c, i) => describe(c, i));
      // Where each collection's data comes from (e.g. "synthetic"), in the attribution.
      for (const c of cols) if (typeof c.attribution === 'string') addAttribution(c.attribution);
      state.collections = metas.map((m) => m.id);

      // The drawers (and panels) the metadata names, each from its own file.
      await loadDrawer(GENERIC);
      await Promise.all([...new Set(metas.map((m) => m.drawer).filter(Boolean))].map(loadDrawer));
      await Promise.all(metas.map((m) => m.style.panel).filter(Boolean).map(loadPanel));
      if (run !== generation) return;

      const list = metas.map((m) => createEntry(m, app));
      const referenced = referencedCollections(metas);
      await inTurn(list, PARALLEL_COLLECTIONS, (e) => loadCollection(e, referenced));
      if (run !== generation) return;
      finish(list, hashView);
    } catch (e) {
      if (run !== generation) return;
      if (e instanceof AuthError) {
        askForToken();
        return;
      }
      state.errors.push(e.message || String(e));
      state.done = true;
      setState('error', 0);
      setStatus(t('map.status.failed', { reason: e.message || String(e) }, '无法读取数据服务：' + (e.message || String(e))), true);
    }
  }

  function finish(list, hashView) {
    const locked = list.filter((e) => e.locked);
    if (locked.length === list.length) throw new AuthError(401, api('collections'));
    const open = list.filter((e) => !e.locked);
    // Areas below lines below points (stable: catalogue order within a kind).
    open.sort((a, b) => (a.drawer.order || 0) - (b.drawer.order || 0) || a.meta.index - b.meta.index);
    const bounds = L.latLngBounds([]);
    for (const e of open) {
      try {
        e.drawer.finish();
      } catch (err) {
        console.error(err);
        const reason = err.message || String(err);
        e.error = t('map.layer.undrawable', { layer: labelText(e.meta), reason }, '图层「' + e.meta.label.zh + '」无法绘制：' + reason);
        state.errors.push(e.error);
        continue;
      }
      const b = e.drawer.bounds();
      if (b && b.isValid()) bounds.extend(b);
    }
    // SVG draws in insertion order: bring each layer forward in drawing order.
    for (const e of open) for (const l of (e.drawer.layers ? e.drawer.layers() : [])) if (l.bringToFront) l.bringToFront();
    if (!hashView && !homeBounds(L) && bounds.isValid()) map.fitBounds(bounds, { padding: [16, 16], animate: false });
    labels.refresh();
    hash.start();

    let total = 0;
    for (const k of Object.keys(state.counts)) total += state.counts[k];
    for (const e of open) {
      const s = e.drawer.stats ? e.drawer.stats() : null;
      if (s && s.levels) for (const [k, n] of Object.entries(s.levels)) state.levels[k] = (state.levels[k] || 0) + n;
    }
    state.total = total;
    state.registry = snapshot();
    state.done = true;
    const names = open.map((e) => labelText(e.meta)).join(t('map.list.separator', {}, '、'));
    map.getContainer().setAttribute('aria-label', t('map.region.layers', { layers: names }, '地图：' + names + '。获得焦点后可用方向键平移、加减号缩放。'));

    const summary = t('map.status.loaded', { layers: open.length, features: count(total) },
      '已加载 ' + open.length + ' 个图层，共 ' + count(total) + ' 个要素');
    const lockedNames = locked.map((e) => labelText(e.meta)).join(t('map.list.separator', {}, '、'));
    const lockedNote = locked.length ? t('map.locked', { layers: lockedNames }, '图层「' + lockedNames + '」需要访问令牌。') : '';
    if (state.errors.length) {
      setState('error', total);
      setStatus((summary + t('map.sentence.end', {}, '。') + lockedNote + state.errors.join(t('map.list.errors', {}, '；'))).trim(), true);
    } else {
      setState('done', total);
      setStatus((summary + t('map.sentence.end', {}, '。') + lockedNote).trim());
    }
    if (locked.length) offerToken(lockedNote + t('map.locked.others', {}, '其他图层无需登录即可查看；输入访问令牌可一并查看。'));
    updatePanels();
  }

  start();
}

/** The header and the tab name the home division (map.title: "{name}…"). */
function showTitle(config) {
  const d = config && config.home && config.home.division;
  const title = document.getElementById('title');
  const text = d && d.name ? t('map.title', { name: d.name }, d.name + title.textContent) : title.textContent;
  title.textContent = text;
  document.title = text;
}

/** On a phone the header's tools (search, panels) fold behind a menu button. */
function setupMenu() {
  const button = document.getElementById('menu-toggle');
  const tools = document.getElementById('bar-tools');
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    tools.classList.toggle('open', open);
  });
}

/** Run fn over the items, at most n at a time. */
async function inTurn(items, n, fn) {
  let i = 0;
  const worker = async () => {
    while (i < items.length) await fn(items[i++]);
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
}
