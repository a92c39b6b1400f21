/*
 * Turning feature properties into text with the metadata: value labels from a property's
 * vocabulary, units ("1,200 平方米"), referenced features by name ("陆城街道（420581001）"),
 * and a feature's title from the collection's label properties.
 */
import { zh } from './meta.js';

// Names of the features other collections refer to: collection id → (feature id → name).
const names = new Map();

/** Remember the names of a referenced collection's features (called as its pages arrive). */
export function rememberNames(meta, features) {
  let m = names.get(meta.id);
  if (!m) names.set(meta.id, (m = new Map()));
  const prop = meta.labelProperty || 'name';
  for (const f of features) {
    const n = f && f.properties && f.properties[prop];
    if (f && f.id != null && n != null && n !== '') m.set(String(f.id), String(n));
  }
}

export function forgetNames() {
  names.clear();
}

/** The name of a feature of another collection, or null. */
export function nameOf(collectionId, key) {
  const m = names.get(collectionId);
  return (m && m.get(String(key))) || null;
}

/**
 * A property value as text for people; null for empty values.
 * compact: the unit follows without a space ("12号" rather than "12 号").
 */
export function formatValue(meta, key, value, { compact = false } = {}) {
  if (value === null || value === undefined || value === '') return null;
  const def = meta ? meta.property(key) : null;
  if (def && Array.isArray(def.values)) {
    const v = def.values.find((x) => x && String(x.value) === String(value));
    if (v && v.label) return zh(v.label);
  }
  if (def && typeof def.references === 'string') {
    const n = nameOf(def.references, value);
    // The key after the name when it says something to people (a division code, not a UUID).
    if (n) return compact || String(value).length > 16 ? n : n + '（' + value + '）';
  }
  if (typeof value === 'object') return JSON.stringify(value);
  let text = typeof value === 'number' ? value.toLocaleString('zh-CN') : String(value);
  const unit = def && def.unit ? zh(def.unit) : '';
  if (unit) text += (compact ? '' : ' ') + unit;
  return text;
}

/** The English label of a property, for a tooltip (title attribute). */
export function propertyLabel(meta, key) {
  const def = meta ? meta.property(key) : null;
  return def && def.label ? { zh: zh(def.label), en: def.label.en || '' } : { zh: key, en: '' };
}

/** The text that names a feature: label property (+ secondary label property), or the usual suspects. */
export function featureTitle(meta, feature) {
  const p = (feature && feature.properties) || {};
  if (meta && meta.labelProperty && p[meta.labelProperty] != null && p[meta.labelProperty] !== '') {
    const first = formatValue(meta, meta.labelProperty, p[meta.labelProperty], { compact: true });
    const second = meta.secondaryLabelProperty ? formatValue(meta, meta.secondaryLabelProperty, p[meta.secondaryLabelProperty], { compact: true }) : null;
    return second ? first + second : first;
  }
  for (const k of ['name', 'title']) if (p[k] != null && p[k] !== '') return String(p[k]);
  return null;
}

/** A short label to write on the map next to a feature (the secondary label alone when there is one). */
export function shortLabel(meta, feature) {
  const p = (feature && feature.properties) || {};
  if (meta && meta.secondaryLabelProperty && p[meta.secondaryLabelProperty] != null && p[meta.secondaryLabelProperty] !== '') {
    return formatValue(meta, meta.secondaryLabelProperty, p[meta.secondaryLabelProperty], { compact: true });
  }
  return featureTitle(meta, feature);
}
