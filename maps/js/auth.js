/*
 * The token form, shown only when the deployment closes reading (the server answers 401):
 * askForToken() when nothing could be read, offerToken() when only some layers are locked.
 * A token given is kept for the tab (see api.js) and onToken() reloads.
 */
import { setToken, token } from './api.js';
import { setState, setStatus } from './status.js';
import { t } from './i18n.js';

const form = document.getElementById('auth');
const msg = document.getElementById('auth-msg');
const input = document.getElementById('auth-token');

export function setupAuth({ onToken, onCancel }) {
  document.getElementById('auth-cancel').addEventListener('click', () => {
    form.hidden = true;
    if (onCancel) onCancel();
  });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const t = input.value.trim();
    if (!t) return;
    setToken(t);
    input.value = '';
    form.hidden = true;
    onToken();
  });
}

/** Nothing could be read without a (valid) token. */
export function askForToken() {
  setState('auth');
  const had = !!token();
  msg.textContent = had ? t('map.auth.rejected', {}, '访问令牌无效或已过期，请重新输入。')
    : t('map.auth.message', {}, '此服务需要登录后才能读取数据。请输入管理员发放的访问令牌。');
  setStatus(had ? t('map.auth.status.rejected', {}, '访问令牌被拒绝（401）。') : t('map.auth.status.needed', {}, '读取数据需要访问令牌（401）。'), true);
  form.hidden = false;
  input.focus();
}

/** Some layers need a token; the others are drawn. */
export function offerToken(message) {
  msg.textContent = message;
  form.hidden = false;
}

export function hideAuth() {
  if (form.hidden) return false;
  form.hidden = true;
  return true;
}
