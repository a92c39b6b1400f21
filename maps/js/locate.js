/*
 * A click on the map asks the server where that point lies (GET /locate?lon=&lat=) and shows
 * it in a popup: the division chain (smallest first), the longitude and latitude (7 decimals,
 * about a centimetre), the Gauss-Krüger metres when the answer has them, and the neighbours
 * when the point lies on a border. Parts the server does not send are left out.
 */
import { api, getJSON } from './api.js';
import { mapConfig } from './home.js';
import { language, t } from './i18n.js';
import { el } from './kit.js';

const SIDE_LISTS = ['onBorderWith', 'neighbours'];

export function setupLocate(L, map) {
  let asked = 0;
  map.on('click', async (ev) => {
    const run = ++asked;
    const { lat, lng } = ev.latlng;
    const box = el('div', null, 'locate-popup');
    box.appendChild(el('h3', t('map.locate.title', {}, '此处位置')));
    const wait = el('p', t('map.locate.loading', {}, '正在查询此处所属区划…'), 'locate-wait');
    box.appendChild(wait);
    const popup = L.popup({ maxWidth: 340, className: 'locate' }).setLatLng(ev.latlng).setContent(box).openOn(map);
    let body;
    try {
      const url = api('locate') + '?lon=' + lng.toFixed(7) + '&lat=' + lat.toFixed(7);
      body = (await getJSON(url)).body || {};
    } catch (e) {
      if (run !== asked) return;
      wait.textContent = t('map.locate.failed', { reason: e.message || String(e) }, '查询失败：' + (e.message || e));
      popup.update();
      return;
    }
    if (run !== asked) return;
    box.replaceChildren(...content(body, lat, lng));
    popup.update();
    document.body.dataset.located = String(run);
  });
}

/** The division chain of an answer: under the collection id the config names, else the first list of named codes. */
function chainOf(body) {
  const key = mapConfig().chainCollection;
  if (key && Array.isArray(body[key])) return body[key];
  for (const [k, v] of Object.entries(body)) {
    if (!SIDE_LISTS.includes(k) && Array.isArray(v) && v.length && v[0] && v[0].code != null && v[0].name != null) return v;
  }
  return [];
}

function levelText(level) {
  return level ? t('map.level.' + level, {}, level) : '';
}

function row(table, label, value, className) {
  const tr = el('tr', null, className);
  const th = el('th', label);
  th.setAttribute('scope', 'row');
  tr.appendChild(th);
  tr.appendChild(el('td', value));
  table.appendChild(tr);
}

function content(body, lat, lng) {
  const out = [];
  const chain = chainOf(body);
  out.push(el('h3', chain.length ? chain[0].name : t('map.locate.title', {}, '此处位置')));
  const table = el('table');
  if (chain.length) {
    const sep = language() === 'en' ? ', ' : ' › ';
    const text = chain.map((d) => d.name + (d.level ? '（' + levelText(d.level) + '）' : '')).join(sep);
    row(table, t('map.locate.chain', {}, '所属区划'), text, 'locate-chain');
  } else {
    row(table, t('map.locate.chain', {}, '所属区划'), t('map.locate.outside', {}, '此处不在任何区划之内'), 'locate-chain');
  }
  row(table, t('map.locate.lonlat', {}, '经度、纬度'), lng.toFixed(7) + ', ' + lat.toFixed(7), 'locate-lonlat');
  const gk = body.gauss_kruger;
  if (gk && Number.isFinite(gk.easting) && Number.isFinite(gk.northing)) {
    row(table, t('map.locate.gk', { epsg: gk.epsg }, '高斯-克吕格（EPSG:' + gk.epsg + '）'),
      'E ' + gk.easting.toFixed(2) + ' m, N ' + gk.northing.toFixed(2) + ' m', 'locate-gk');
  }
  out.push(table);
  const neighbours = Array.isArray(body.neighbours) ? body.neighbours : (Array.isArray(body.onBorderWith) ? body.onBorderWith : []);
  const onBorder = body.on_border === true || (body.on_border === undefined && neighbours.length > 0);
  if (onBorder) {
    const names = neighbours.map((d) => d.name).filter(Boolean).join(language() === 'en' ? ', ' : '、');
    out.push(el('p', t('map.locate.border', { names: names || '—' }, '位于与' + names + '的交界上'), 'locate-border'));
  }
  return out;
}
