/*
 * Popups: the collection's label, the feature's title and a table of its properties in the
 * order and with the labels the metadata gives (English as a tooltip), and a link to the
 * feature's GeoJSON.
 */
import { itemsURL } from './api.js';
import { t } from './i18n.js';
import { el } from './kit.js';
import { featureTitle, formatValue, propertyLabel } from './format.js';

export function popupFor(meta, feature) {
  const p = (feature && feature.properties) || {};
  const box = el('div', null, 'feature-popup');
  const layer = el('p', meta.label.zh, 'layer');
  if (meta.label.en) layer.appendChild(el('span', ' ' + meta.label.en, 'en'));
  box.appendChild(layer);
  const id = feature && feature.id != null ? feature.id : '';
  box.appendChild(el('h3', featureTitle(meta, feature) || t('map.feature', { id }, '要素 ' + id)));

  // Properties the metadata describes first (in its order), then any others the feature has.
  const keys = meta.properties.map((d) => d.name).filter((k) => k in p);
  for (const k of Object.keys(p)) if (!keys.includes(k)) keys.push(k);
  const table = el('table');
  for (const k of keys) {
    const v = formatValue(meta, k, p[k]);
    if (v === null) continue;
    const label = propertyLabel(meta, k);
    const tr = el('tr');
    const th = el('th', label.zh);
    th.setAttribute('scope', 'row');
    if (label.en) th.title = label.en;
    tr.appendChild(th);
    tr.appendChild(el('td', v));
    table.appendChild(tr);
  }
  box.appendChild(table);

  if (feature && feature.id != null) {
    const a = el('a', t('map.popup.geojson', {}, '要素数据（GeoJSON）'));
    a.href = itemsURL(meta.id, feature.id) + '?f=json';
    a.target = '_blank';
    a.rel = 'noopener';
    const raw = el('p', null, 'raw');
    raw.appendChild(a);
    box.appendChild(raw);
  }
  return box;
}
