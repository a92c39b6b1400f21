/*
 * Side panels that later modules add (a list of sites, a report form…): a button in the
 * header opens the panel on the right; one panel is open at a time; Escape closes it.
 *
 *     import { registerPanel } from '../panels.js';
 *     registerPanel({ id: 'x', title: {zh: '…', en: '…'}, order: 50,
 *                     render(body, app) { … },      // once, when first opened
 *                     update(app) { … } });          // after every (re)load of the layers
 *
 * A drawer can register its panel (ctx.addPanel), or the metadata can name a panel module
 * (x-diming.style.panel = "<name>" → maps/js/panels/<name>.js, imported like drawers).
 */
import { el } from './kit.js';

const NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;
const panels = new Map();
const attempts = new Map();
let app = null;
let openId = null;

const tabs = document.getElementById('panel-tabs');
const aside = document.getElementById('panel');
const heading = document.getElementById('panel-title');
const body = document.getElementById('panel-body');

export function setupPanels(theApp) {
  app = theApp;
  document.getElementById('panel-close').addEventListener('click', () => closePanel(true));
}

export function registerPanel(spec) {
  if (!spec || !spec.id || panels.has(spec.id)) return;
  const button = el('button', spec.title.zh, 'panel-tab');
  button.type = 'button';
  button.setAttribute('aria-controls', 'panel');
  button.setAttribute('aria-expanded', 'false');
  if (spec.title.en) button.title = spec.title.en;
  button.addEventListener('click', () => (openId === spec.id ? closePanel(true) : openPanel(spec.id)));
  const p = { spec, button, node: el('div'), rendered: false };
  panels.set(spec.id, p);
  const sortedPanels = [...panels.values()].sort((a, b) => (a.spec.order || 50) - (b.spec.order || 50));
  tabs.textContent = '';
  for (const q of sortedPanels) tabs.appendChild(q.button);
  tabs.hidden = false;
}

/** Import panels/<name>.js (named by the metadata) unless done already. */
export function loadPanel(name) {
  if (!NAME.test(name || '')) return Promise.resolve(false);
  if (!attempts.has(name)) {
    attempts.set(name, import('./panels/' + name + '.js').then(() => true, (e) => {
      console.warn('地图：没有面板 panels/' + name + '.js', e);
      return false;
    }));
  }
  return attempts.get(name);
}

export function openPanel(id) {
  const p = panels.get(id);
  if (!p) return;
  if (openId) closePanel(false);
  if (!p.rendered) {
    p.spec.render(p.node, app);
    p.rendered = true;
  }
  heading.textContent = p.spec.title.zh;
  body.textContent = '';
  body.appendChild(p.node);
  aside.hidden = false;
  document.body.classList.add('panel-open');
  p.button.setAttribute('aria-expanded', 'true');
  openId = id;
  heading.focus();
}

/** Close the open panel; true if one was open. */
export function closePanel(returnFocus) {
  const p = openId && panels.get(openId);
  if (!p) return false;
  aside.hidden = true;
  document.body.classList.remove('panel-open');
  p.button.setAttribute('aria-expanded', 'false');
  openId = null;
  if (returnFocus) p.button.focus();
  return true;
}

/** After the layers (re)load: every rendered panel may update itself. */
export function updatePanels() {
  for (const p of panels.values()) {
    if (p.spec.update) {
      try { p.spec.update(app); } catch (e) { console.warn('地图：面板更新失败', p.spec.id, e); }
    }
  }
}
