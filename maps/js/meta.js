/*
 * Reading the server's layer metadata: the "x-diming" member of each collection of
 * /collections (label, geometry type, style with the drawer's name, properties with labels,
 * units, value vocabularies and references). Every name, label and colour the page shows
 * comes from here; a collection without "x-diming" gets what its id and title allow.
 */

/** A label object {zh, en} from a string or object; `title` strings "中文 English" are split. */
export function labelOf(value, fallback) {
  if (value && typeof value === 'object' && (value.zh || value.en)) {
    return { zh: String(value.zh || value.en), en: value.en ? String(value.en) : '' };
  }
  if (typeof value === 'string' && value.trim()) {
    const m = /^\s*([^A-Za-z]*[\u2e80-\u9fff\uf900-\ufaff][^A-Za-z]*?)\s+([A-Za-z].*)$/.exec(value);
    return m ? { zh: m[1].trim(), en: m[2].trim() } : { zh: value.trim(), en: '' };
  }
  return fallback === undefined ? { zh: '', en: '' } : labelOf(fallback);
}

/** Chinese text of a label (English if that is all there is). */
export function zh(label) {
  return labelOf(label).zh;
}

/** The metadata of one collection, with defaults for what the server leaves out. */
export function describe(collection, index = 0) {
  const x = (collection && typeof collection['x-diming'] === 'object' && collection['x-diming']) || null;
  const style = (x && typeof x.style === 'object' && x.style) || {};
  const properties = (x && Array.isArray(x.properties) ? x.properties : []).filter((p) => p && typeof p.name === 'string');
  const byName = new Map(properties.map((p) => [p.name, p]));
  // A class's label is its own, else the one the class property's vocabulary gives its value.
  const classProperty = typeof style.classProperty === 'string' ? style.classProperty : null;
  const vocabulary = (byName.get(classProperty) || {}).values;
  const vocabLabel = (value) => {
    const v = Array.isArray(vocabulary) ? vocabulary.find((x) => x && String(x.value) === String(value)) : null;
    return v && v.label ? v.label : null;
  };
  const classes = (Array.isArray(style.classes) ? style.classes : []).filter((c) => c && c.value != null)
    .map((c) => (c.label ? c : { ...c, label: vocabLabel(c.value) }));
  return {
    id: collection.id,
    index,
    hasMetadata: !!x,
    label: labelOf(x && x.label, collection.title || collection.id),
    geometryType: (x && x.geometryType) || null,
    editors: (x && Array.isArray(x.editors)) ? x.editors : [],
    style,
    drawer: typeof style.drawer === 'string' ? style.drawer : null,
    classProperty,
    classes,
    /** The label of a value of the class property (own class label, else vocabulary), or null. */
    classLabel: (value) => {
      const c = classes.find((k) => String(k.value) === String(value));
      return (c && c.label) || vocabLabel(value);
    },
    labelProperty: typeof style.labelProperty === 'string' ? style.labelProperty : null,
    secondaryLabelProperty: typeof style.secondaryLabelProperty === 'string' ? style.secondaryLabelProperty : null,
    properties,
    property: (name) => byName.get(name) || null,
    /** The class entry of a value of the class property (or null). */
    classOf: (value) => classes.find((c) => String(c.value) === String(value)) || null,
    raw: collection,
  };
}

/** The ids of the collections that some property of some collection refers to. */
export function referencedCollections(metas) {
  const out = new Set();
  for (const m of metas) for (const p of m.properties) if (typeof p.references === 'string') out.add(p.references);
  return out;
}
