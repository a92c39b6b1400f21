/*
 * The layer registry.
 *
 * Drawers: a drawer turns the features of one collection into Leaflet layers. Each lives in
 * its own file, maps/js/drawers/<name>.js, named as the server's metadata names it
 * (x-diming.style.drawer), and registers itself on import:
 *
 *     import { registerDrawer } from '../registry.js';
 *     registerDrawer('<name>', (ctx) => ({ order, add(features), finish(), bounds(), remove?(), stats?() }));
 *
 * The registry imports drawers/<name>.js the first time a collection names it, so a new
 * drawer is one new file. A collection without metadata, or naming a drawer that has no file,
 * is drawn by drawers/generic.js.
 *
 * Entries: one per collection of /collections, made by createEntry() with the context its
 * drawer gets (see makeContext below and maps/README.md).
 */
import { cssToken, PALETTE, safeColor } from './kit.js';
import { popupFor } from './popup.js';
import { addOverlay, removeOverlay } from './switcher.js';
import { registerPanel } from './panels.js';

export const GENERIC = 'generic';
const NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

const factories = new Map();
const attempts = new Map();

/** Called by a drawer module when it is imported. */
export function registerDrawer(name, factory) {
  if (!NAME.test(name)) throw new Error('drawer names are lower-case words with hyphens: ' + name);
  factories.set(name, factory);
}

export function hasDrawer(name) {
  return factories.has(name);
}

/** Import drawers/<name>.js unless done already; true if the drawer is registered afterwards. */
export function loadDrawer(name) {
  if (factories.has(name)) return Promise.resolve(true);
  if (!NAME.test(name || '')) return Promise.resolve(false);
  if (!attempts.has(name)) {
    attempts.set(name, import('./drawers/' + name + '.js').then(() => factories.has(name), (e) => {
      console.warn('地图：没有绘制器 drawers/' + name + '.js，改用通用绘制器', e);
      return false;
    }));
  }
  return attempts.get(name);
}

// ---- entries -------------------------------------------------------------------------------

export const entries = new Map(); // collection id → entry

/**
 * The entry of one collection: its metadata, the drawer asked for and the one used, the
 * drawer's context and instance, what it put on the map (to take it off again).
 */
export function createEntry(meta, app) {
  const requested = meta.drawer;
  const name = requested && hasDrawer(requested) ? requested : GENERIC;
  const entry = {
    meta, requested, name, count: 0, matched: null, locked: false, error: null,
    overlays: [], cleanups: [], drawer: null,
  };
  entry.ctx = makeContext(entry, app);
  entry.drawer = factories.get(name)(entry.ctx);
  entries.set(meta.id, entry);
  return entry;
}

export function removeEntry(entry, app) {
  for (const f of entry.cleanups.splice(0)) f();
  for (const o of entry.overlays.splice(0)) {
    removeOverlay(o.layer);
    app.map.removeLayer(o.layer);
  }
  app.labels.removeOwner(entry.meta.id);
  if (entry.drawer && entry.drawer.remove) entry.drawer.remove();
  entries.delete(entry.meta.id);
}

export function clearEntries(app) {
  for (const e of [...entries.values()]) removeEntry(e, app);
}

/** What a drawer gets: the map, its collection's metadata and helpers that clean up after it. */
function makeContext(entry, app) {
  const { L, map } = app;
  const meta = entry.meta;
  const color = safeColor(meta.style.color, PALETTE[meta.index % PALETTE.length]);
  return {
    L, map, meta, app,
    /** The drawer's name as used (the requested one may be missing). */
    drawerName: entry.name,
    /** The collection's colour: the style's, or one from a palette. */
    color,
    /** Class names for everything drawn: "c-<collection> d-<drawer>" (+ " v-<class value>"). */
    className: (value) => 'c-' + cssToken(meta.id) + ' d-' + entry.name + (value != null && value !== '' ? ' v-' + cssToken(value) : ''),
    /** The popup of a feature, in the collection's terms. */
    popup: (feature) => popupFor(meta, feature),
    bindPopup: (layer, feature) => layer.bindPopup(() => popupFor(meta, feature), { maxWidth: 320 }),
    /** A name on the map (see labels.js); removed with the collection. */
    label: (layer, text, options) => app.labels.add(meta.id, layer, text, options),
    refreshLabels: () => app.labels.refresh(),
    /**
     * Put a layer on the map with an entry in the switcher.
     * spec: {label: {zh, en}, swatch, note, classes: [{label, swatch}], visible = true}.
     */
    addOverlay(layer, spec) {
      if (spec.visible !== false) layer.addTo(map);
      addOverlay(layer, { label: meta.label, ...spec });
      entry.overlays.push({ layer, label: spec.label || meta.label });
      return layer;
    },
    /** A map pane (created once), for drawing above or below the others. */
    pane(name, zIndex) {
      if (!map.getPane(name)) map.createPane(name).style.zIndex = String(zIndex);
      return name;
    },
    /** map.on(...) that is undone when the collection is removed. */
    onMap(events, fn) {
      map.on(events, fn);
      entry.cleanups.push(() => map.off(events, fn));
    },
    onRemove(fn) {
      entry.cleanups.push(fn);
    },
    /** A side panel (see panels.js). */
    addPanel: (spec) => registerPanel(spec),
  };
}

/** The registry as plain data, for window.diming.registry (tests, the console). */
export function snapshot() {
  const out = {};
  for (const [id, e] of entries) {
    const stats = e.drawer && e.drawer.stats ? e.drawer.stats() : null;
    out[id] = {
      drawer: e.name, requested: e.requested, label: e.meta.label, count: e.count, locked: e.locked,
      error: e.error, overlays: e.overlays.map((o) => o.label.zh), classProperty: e.meta.classProperty,
      classes: e.meta.classes.map((c) => ({ value: c.value, color: c.color || null, label: c.label || null })),
      stats,
    };
  }
  return out;
}
