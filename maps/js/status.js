/*
 * The status line in the header (a live region) and the page state the tests read:
 * document.body.dataset.state = "loading" | "done" | "error" | "auth", dataset.loaded = features.
 */
import { t } from './i18n.js';

const statusEl = document.getElementById('status');

export function setStatus(text, isError = false) {
  statusEl.textContent = text;
  statusEl.setAttribute('role', isError ? 'alert' : 'status');
}

export function setState(state, loaded) {
  document.body.dataset.state = state;
  if (loaded === undefined) delete document.body.dataset.loaded;
  else document.body.dataset.loaded = String(loaded);
}

export function count(n) {
  return Number(n).toLocaleString('zh-CN');
}

// Loading progress per collection: label, loaded, matched.
const progress = new Map();

export function startProgress(id, label) {
  progress.set(id, { label, loaded: 0, matched: null, finished: false });
}

export function updateProgress(id, loaded, matched) {
  const p = progress.get(id);
  if (!p) return;
  p.loaded = loaded;
  if (matched != null) p.matched = matched;
  showProgress();
}

export function finishProgress(id) {
  const p = progress.get(id);
  if (p) p.finished = true;
}

export function clearProgress() {
  progress.clear();
}

function showProgress() {
  const parts = [];
  for (const p of progress.values()) {
    if (!p.finished) parts.push(p.label + ' ' + count(p.loaded) + (p.matched != null ? '/' + count(p.matched) : ''));
  }
  if (parts.length) setStatus(t('map.status.loading', { layers: parts.join('，') }, '正在加载：' + parts.join('，') + '…'));
}
