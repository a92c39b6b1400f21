/*
 * The API client: same-origin requests to the server's OGC API - Features, with a timeout,
 * the bearer token (if any), paging by `next` links, and 401 as an AuthError.
 */
import { t } from './i18n.js';

const REQUEST_TIMEOUT_MS = 60000;
const TOKEN_KEY = 'diming.token';

/** The server answered 401: a token is needed (or the one sent is not accepted). */
export class AuthError extends Error {
  constructor(status, url) {
    super('HTTP ' + status);
    this.name = 'AuthError';
    this.status = status;
    this.url = url;
  }
}

/** Any other failure: an HTTP status (0 = no answer, timeout) and the problem's detail. */
export class HttpError extends Error {
  constructor(status, url, detail) {
    super(status ? (detail ? t('map.http.failed', { status, detail }, 'HTTP ' + status + '：' + detail) : 'HTTP ' + status)
      : (detail || t('map.http.error', {}, '请求失败')));
    this.name = 'HttpError';
    this.status = status;
    this.url = url;
  }
}

// The page is served at <root>/map; the API root is <root>/. <body data-api="…"> overrides.
export const API_ROOT = (() => {
  if (document.body.dataset.api) return new URL(document.body.dataset.api, location.href).href;
  const p = location.pathname;
  const i = p.lastIndexOf('/map');
  return location.origin + (i >= 0 ? p.slice(0, i) : '') + '/';
})();
const API = new URL(API_ROOT);

/** An absolute URL below the API root. */
export function api(path) {
  return new URL(path, API_ROOT).href;
}

/** The items URL of a collection, or of one feature. */
export function itemsURL(collectionId, featureId) {
  return api('collections/' + encodeURIComponent(collectionId) + '/items' +
    (featureId != null ? '/' + encodeURIComponent(featureId) : ''));
}

/** A server behind a proxy may write its links with another host name: keep to our own origin. */
export function sameOrigin(href, base) {
  let u = new URL(href, base || API_ROOT);
  if (u.origin !== API.origin && u.pathname.startsWith(API.pathname)) u = new URL(u.pathname + u.search, API.origin);
  return u.href;
}

// ---- the token: kept for the browser tab (sessionStorage), in memory if storage is blocked ----
let memoryToken = '';

export function token() {
  let t = '';
  try { t = sessionStorage.getItem(TOKEN_KEY) || ''; } catch (e) { /* storage blocked */ }
  return t || memoryToken;
}

export function setToken(t) {
  memoryToken = t;
  try { sessionStorage.setItem(TOKEN_KEY, t); } catch (e) { /* private mode: this page only */ }
}

// ---- requests ----------------------------------------------------------------------------

/** GET a JSON document: resolves to {body, url}; rejects with AuthError or HttpError. */
export async function getJSON(url, { accept = 'application/json', timeout = REQUEST_TIMEOUT_MS } = {}) {
  const headers = { Accept: accept };
  const t = token();
  if (t) headers.Authorization = 'Bearer ' + t;
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeout);
  let r;
  try {
    r = await fetch(url, { headers, credentials: 'same-origin', signal: ctrl.signal });
    if (r.status === 401) throw new AuthError(401, url);
    if (!r.ok) {
      let detail = '';
      try {
        const p = JSON.parse(await r.text());
        detail = p.detail || p.title || '';
      } catch (e) { /* not JSON */ }
      throw new HttpError(r.status, url, detail);
    }
    return { body: await r.json(), url: r.url || url };
  } catch (e) {
    if (e instanceof AuthError || e instanceof HttpError) throw e;
    throw new HttpError(0, url, e && e.name === 'AbortError' ? t('map.http.timeout', {}, '请求超时') : t('map.http.unreachable', {}, '无法连接服务器'));
  } finally {
    clearTimeout(timer);
  }
}

/** The first link with this rel, preferring one of the given media type. */
export function linkOf(links, rel, preferType) {
  if (!Array.isArray(links)) return null;
  const all = links.filter((l) => l && l.rel === rel && l.href);
  return all.find((l) => preferType && l.type && l.type.startsWith(preferType)) || all[0] || null;
}

/**
 * The pages of a feature collection, following `next` links (kept to our origin) until a page
 * is empty or has no next link. Yields {features, numberMatched}.
 */
export async function* pages(url, { limit = 1000, maxPages = 2000 } = {}) {
  const first = new URL(url);
  first.searchParams.set('limit', String(limit));
  first.searchParams.set('f', 'json');
  const seen = new Set();
  let next = first.href;
  while (next && !seen.has(next) && seen.size < maxPages) {
    seen.add(next);
    const res = await getJSON(next, { accept: 'application/geo+json, application/json' });
    const fc = res.body || {};
    const features = Array.isArray(fc.features) ? fc.features : [];
    yield { features, numberMatched: typeof fc.numberMatched === 'number' ? fc.numberMatched : null };
    const link = features.length ? linkOf(fc.links, 'next', 'application/geo+json') : null;
    next = link ? sameOrigin(link.href, res.url) : null;
  }
}
