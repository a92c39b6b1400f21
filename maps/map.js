/*
 * 宜都市地名与区划地图 — the web map served by `diming serve` at /map.
 *
 * Reads the server's OGC API - Features (same origin, no other requests of any
 * kind: no tiles, no CDN, no fonts), draws every collection that /collections
 * lists over a plain background, following `next` links until every feature is
 * loaded. Known collections get their own styling; any other gets a default.
 *
 * For tests and scripts, when loading is over:
 *   document.body.dataset.state  = "done" | "error" | "auth"
 *   document.body.dataset.loaded = total number of features loaded (set when state is done or error)
 *   window.diming = { map, counts: {collection: n}, levels: {level: n}, errors: [...],
 *                     locked: [collections that answered 401: drawn once a token is given], done: true, ... }
 * The view can be given in the URL hash as #zoom/lat/lon (it is kept up to date).
 */
(function () {
  'use strict';

  var PAGE_LIMIT = 1000;        // features per request (the server allows up to 10000)
  var MAX_PAGES = 2000;         // a guard against a server whose next links never end
  var ADDRESS_MIN_ZOOM = 14;    // 门牌 are drawn from this zoom level up
  var REQUEST_TIMEOUT_MS = 60000;
  var TOKEN_KEY = 'diming.token';

  var statusEl = document.getElementById('status');
  var authForm = document.getElementById('auth');
  var authMsg = document.getElementById('auth-msg');
  var authInput = document.getElementById('auth-token');
  var searchForm = document.getElementById('search');
  var resultsBox = document.getElementById('results');
  var resultsList = document.getElementById('results-list');

  var state = window.diming = {
    done: false, counts: {}, levels: {}, errors: [], locked: [], collections: [], map: null, version: 1
  };

  function setStatus(text, isError) {
    statusEl.textContent = text;
    statusEl.setAttribute('role', isError ? 'alert' : 'status');
  }

  if (typeof L === 'undefined') {
    document.body.dataset.state = 'error';
    setStatus('地图组件 Leaflet 未能加载（/static/leaflet/leaflet.js）。请联系系统管理员安装 libjs-leaflet。', true);
    state.errors.push('leaflet missing');
    return;
  }

  // ---- where the API is -----------------------------------------------------
  // The page is served at <root>/map; the API root is <root>/. <body data-api="…"> overrides.
  var API_ROOT = (function () {
    if (document.body.dataset.api) return new URL(document.body.dataset.api, location.href).href;
    var p = location.pathname, i = p.lastIndexOf('/map');
    return location.origin + (i >= 0 ? p.slice(0, i) : '') + '/';
  })();
  var API = new URL(API_ROOT);

  function api(path) { return new URL(path, API_ROOT).href; }

  // A server behind a proxy may write its links with another host name: keep to our own origin.
  function sameOrigin(href, base) {
    var u = new URL(href, base);
    if (u.origin !== API.origin && u.pathname.indexOf(API.pathname) === 0) {
      u = new URL(u.pathname + u.search, API.origin);
    }
    return u.href;
  }

  // ---- labels -----------------------------------------------------------------
  var LEVELS = ['province', 'city', 'county', 'township', 'village'];
  var LEVEL_NAMES = { province: '省级', city: '地级', county: '县级', township: '乡级', village: '村级' };
  var LEVEL_LAYER_NAMES = {
    province: '省级行政区', city: '地级行政区（市）', county: '县级行政区（县、市、区）',
    township: '乡级行政区（乡、镇、街道）', village: '村级（村、社区）'
  };
  var COLLECTION_NAMES = {
    divisions: '行政区划', roads: '道路', addresses: '门牌', places: '地名',
    shelters: '应急避难场所', reports: '灾情报告'
  };
  var PROP_NAMES = {
    code: '区划代码', name: '名称', level: '级别', parent: '上级区划', 'class': '道路等级',
    division: '所属区划', road: '道路', number: '门牌号', suffix: '附号', category: '类别',
    kind: '类型', grade: '等级', area_m2: '面积', capacity: '可容纳人数', address: '地址',
    status: '状态', type: '类型', severity: '严重程度', description: '描述', reported_at: '报告时间',
    reporter: '报告人', created_at: '创建时间', updated_at: '更新时间', occurred_at: '发生时间',
    casualties: '伤亡人数', affected: '受灾人数', pinyin: '拼音', alias: '别名', note: '备注'
  };
  var VALUE_NAMES = {
    'class': { arterial: '主干路', secondary: '次干路', branch: '支路', expressway: '快速路', highway: '公路' },
    kind: { outdoor: '室外', indoor: '室内' },
    grade: { I: 'Ⅰ类', II: 'Ⅱ类', III: 'Ⅲ类' },
    category: {
      township_seat: '乡镇驻地', river: '河流', bridge: '桥梁', mountain: '山峰', dam: '水坝',
      heritage_site: '文物古迹', village: '村庄', lake: '湖泊', reservoir: '水库', station: '车站'
    },
    level: LEVEL_NAMES
  };

  // ---- styles -----------------------------------------------------------------
  var DIVISION_STYLES = {
    province: { color: '#555555', weight: 3, fill: false },
    city: { color: '#6b5b95', weight: 2.5, dashArray: '10 5', fill: false },
    county: { color: '#8c2d04', weight: 2, fillColor: '#fdd0a2', fillOpacity: 0.12 },
    township: { color: '#d94801', weight: 1.3, dashArray: '5 4', fillColor: '#fee6ce', fillOpacity: 0.35 },
    village: { color: '#a63603', weight: 0.8, dashArray: '2 3', fillColor: '#fff5eb', fillOpacity: 0.2 },
    other: { color: '#7a6a58', weight: 1, fillOpacity: 0.1 }
  };
  var ROAD_STYLES = {
    arterial: { color: '#c0392b', weight: 4.5 },
    secondary: { color: '#e67e22', weight: 3.2 },
    branch: { color: '#7f8c8d', weight: 2 },
    other: { color: '#616a6b', weight: 2 }
  };
  // House-number dots grow as one zooms in.
  function addressRadius() {
    var z = map ? map.getZoom() : ADDRESS_MIN_ZOOM;
    return z <= 14 ? 1.8 : z === 15 ? 2.4 : z === 16 ? 3.2 : 4.5;
  }
  var DEFAULT_STYLE = { color: '#2e86c1', weight: 2, fillColor: '#d6eaf8', fillOpacity: 0.3 };

  // ---- the map ---------------------------------------------------------------
  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var map = state.map = L.map('map', {
    center: [30.38, 111.45], zoom: 10, minZoom: 5, maxZoom: 19,
    zoomAnimation: !reduceMotion, fadeAnimation: !reduceMotion, markerZoomAnimation: !reduceMotion,
    attributionControl: false
  });
  // Panes: house numbers above the lines and areas, reports above everything drawn (markers are higher still).
  map.createPane('addressPane').style.zIndex = 420;
  map.createPane('reportPane').style.zIndex = 450;
  L.control.scale({ metric: true, imperial: false, maxWidth: 160 }).addTo(map);
  var attribution = L.control.attribution({ prefix: 'Leaflet' }).addTo(map);
  attribution.addAttribution('无底图（离线） · 数据：地名 Diming 服务');
  var layerControl = L.control.layers(null, null, {
    collapsed: window.innerWidth < 700, sortLayers: false
  }).addTo(map);
  // Labels by zoom level (see style.css).
  function updateZoomClasses() {
    var z = map.getZoom(), c = map.getContainer().classList;
    c.toggle('z-county', z >= 8);
    c.toggle('z-township', z >= 10);
    c.toggle('z-village', z >= 13);
    c.toggle('z-place', z >= 12);
    c.toggle('z-road', z >= 15);
  }
  map.on('zoomend', updateZoomClasses);
  updateZoomClasses();

  // The view in the URL hash: #zoom/lat/lon.
  function viewFromHash() {
    var m = /^#(\d{1,2}(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(location.hash);
    return m ? { zoom: +m[1], center: [+m[2], +m[3]] } : null;
  }
  var hashView = viewFromHash();
  if (hashView) map.setView(hashView.center, hashView.zoom, { animate: false });
  function writeHash() {
    var c = map.getCenter(), z = map.getZoom();
    var h = '#' + z + '/' + c.lat.toFixed(5) + '/' + c.lng.toFixed(5);
    if (h !== location.hash && history.replaceState) history.replaceState(null, '', h);
  }
  window.addEventListener('hashchange', function () {
    var v = viewFromHash();
    if (v) map.setView(v.center, v.zoom);
  });

  // ---- requests ------------------------------------------------------------
  function AuthError(status, url) { this.status = status; this.url = url; this.message = 'HTTP ' + status; }
  function HttpError(status, url, detail) {
    this.status = status; this.url = url; this.message = 'HTTP ' + status + (detail ? '：' + detail : '');
  }

  var memoryToken = ''; // used when sessionStorage is not available
  function token() {
    var t = '';
    try { t = sessionStorage.getItem(TOKEN_KEY) || ''; } catch (e) { /* storage blocked */ }
    return t || memoryToken;
  }

  function getJSON(url, accept) {
    var headers = { Accept: accept || 'application/json' };
    var t = token();
    if (t) headers.Authorization = 'Bearer ' + t;
    var ctrl = window.AbortController ? new AbortController() : null;
    var timer = ctrl ? setTimeout(function () { ctrl.abort(); }, REQUEST_TIMEOUT_MS) : null;
    return fetch(url, { headers: headers, credentials: 'same-origin', signal: ctrl ? ctrl.signal : undefined })
      .then(function (r) {
        if (timer) clearTimeout(timer);
        if (r.status === 401) throw new AuthError(401, url);
        if (!r.ok) {
          return r.text().then(function (body) {
            var detail = '';
            try { var p = JSON.parse(body); detail = p.detail || p.title || ''; } catch (e) { /* not JSON */ }
            throw new HttpError(r.status, url, detail);
          });
        }
        return r.json().then(function (body) { return { body: body, url: r.url || url }; });
      }, function (e) {
        if (timer) clearTimeout(timer);
        throw new HttpError(0, url, e && e.name === 'AbortError' ? '请求超时' : '无法连接服务器');
      });
  }

  function linkOf(links, rel, preferType) {
    if (!Array.isArray(links)) return null;
    var all = links.filter(function (l) { return l && l.rel === rel && l.href; });
    if (!all.length) return null;
    var typed = all.filter(function (l) { return preferType && l.type && l.type.indexOf(preferType) === 0; });
    return (typed[0] || all[0]);
  }

  // ---- popups ---------------------------------------------------------------
  var divisionNames = {}; // code -> name, filled as divisions load

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text != null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function formatValue(key, value) {
    if (value === null || value === undefined || value === '') return null;
    if (VALUE_NAMES[key] && Object.prototype.hasOwnProperty.call(VALUE_NAMES[key], value)) return VALUE_NAMES[key][value];
    if ((key === 'division' || key === 'parent') && divisionNames[value]) return divisionNames[value] + '（' + value + '）';
    if (key === 'area_m2' && typeof value === 'number') return value.toLocaleString('zh-CN') + ' 平方米';
    if (key === 'capacity' && typeof value === 'number') return value.toLocaleString('zh-CN') + ' 人';
    if (key === 'number' && typeof value === 'number') return value + ' 号';
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  }

  function featureTitle(collection, p) {
    if (collection === 'addresses' && p.road != null) {
      return p.road + (p.number != null ? p.number + '号' : '') + (p.suffix ? p.suffix : '');
    }
    return p.name || p.title || p.code || null;
  }

  function popupFor(collection, title, feature) {
    var p = feature.properties || {};
    var box = el('div', null, 'feature-popup');
    box.appendChild(el('p', title, 'layer'));
    box.appendChild(el('h3', featureTitle(collection, p) || ('要素 ' + (feature.id != null ? feature.id : ''))));
    var table = el('table');
    Object.keys(p).forEach(function (k) {
      var v = formatValue(k, p[k]);
      if (v === null) return;
      var tr = el('tr');
      var th = el('th', PROP_NAMES[k] || k);
      th.setAttribute('scope', 'row');
      tr.appendChild(th);
      tr.appendChild(el('td', v));
      table.appendChild(tr);
    });
    box.appendChild(table);
    if (feature.id != null) {
      var a = el('a', '要素数据（GeoJSON）');
      a.href = api('collections/' + encodeURIComponent(collection) + '/items/' + encodeURIComponent(feature.id) + '?f=json');
      a.target = '_blank';
      a.rel = 'noopener';
      var raw = el('p', null, 'raw');
      raw.appendChild(a);
      box.appendChild(raw);
    }
    return box;
  }

  // ---- layers per collection -----------------------------------------------
  function swatch(cls, name, note) {
    return '<span class="sw sw-' + cls + '" aria-hidden="true"></span>' + escapeHTML(name) +
      (note ? ' <span class="note">' + escapeHTML(note) + '</span>' : '');
  }
  function escapeHTML(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function pointIcon(cls, text, size) {
    return L.divIcon({ className: 'mk ' + cls, html: text ? escapeHTML(text) : '', iconSize: [size, size] });
  }

  // A "drawer" turns GeoJSON features of one collection into Leaflet layers.
  function makeDrawer(collection, title) {
    var geoOpts = function (style, pointToLayer) {
      return {
        style: style,
        pointToLayer: pointToLayer,
        onEachFeature: function (f, layer) {
          layer.bindPopup(function () { return popupFor(collection, title, f); }, { maxWidth: 320 });
        }
      };
    };
    var circle = function (opts) { return function (f, ll) { return L.circleMarker(ll, opts); }; };

    if (collection === 'divisions') {
      var groups = {};
      var order = LEVELS.concat(['other']);
      var overlays = {};
      order.forEach(function (lv) {
        var g = L.geoJSON(null, geoOpts(function () { return DIVISION_STYLES[lv]; }));
        groups[lv] = g;
      });
      return {
        add: function (features) {
          features.forEach(function (f) {
            var p = f.properties || {};
            var lv = LEVELS.indexOf(p.level) >= 0 ? p.level : 'other';
            if (p.code && p.name) divisionNames[p.code] = p.name;
            groups[lv].addData(f);
            state.levels[lv] = (state.levels[lv] || 0) + 1;
          });
        },
        finish: function () {
          // Coarse levels below, fine levels on top (clicks reach the township), one switch per level.
          order.forEach(function (lv) {
            var g = groups[lv];
            if (!g.getLayers().length) return;
            if (lv !== 'other' && lv !== 'province') {
              g.eachLayer(function (layer) {
                var p = layer.feature.properties || {};
                if (p.name) layer.bindTooltip(escapeHTML(p.name), { permanent: true, direction: 'center', className: 'label label-' + lv, interactive: false });
              });
            }
            g.addTo(map);
            overlays[lv] = g;
            layerControl.addOverlay(g, swatch(lv === 'other' ? 'division' : lv, lv === 'other' ? '其他区划' : LEVEL_LAYER_NAMES[lv]));
          });
          // Keep the finer levels above whatever else gets drawn later.
          return order.map(function (lv) { return groups[lv]; }).filter(function (g) { return g.getLayers().length; });
        },
        remove: function () {
          order.forEach(function (lv) { layerControl.removeLayer(groups[lv]); map.removeLayer(groups[lv]); });
        },
        bounds: function () {
          var b = L.latLngBounds([]);
          order.forEach(function (lv) { if (groups[lv].getLayers().length) b.extend(groups[lv].getBounds()); });
          return b;
        }
      };
    }

    var layer, name, note = null, cls;
    if (collection === 'roads') {
      cls = 'road';
      layer = L.geoJSON(null, geoOpts(function (f) {
        var c = f && f.properties && f.properties['class'];
        return ROAD_STYLES[c] || ROAD_STYLES.other;
      }));
    } else if (collection === 'addresses') {
      cls = 'address';
      note = '（放大至 ' + ADDRESS_MIN_ZOOM + ' 级后显示）';
      layer = L.geoJSON(null, geoOpts(null, circle({
        radius: addressRadius(), color: '#ffffff', weight: 0.8, fillColor: '#2c3e50', fillOpacity: 1, className: 'addr', pane: 'addressPane'
      })));
    } else if (collection === 'shelters') {
      cls = 'shelter';
      layer = L.geoJSON(null, geoOpts(null, function (f, ll) {
        var p = f.properties || {};
        return L.marker(ll, { icon: pointIcon('mk-shelter', '避', 20), title: '应急避难场所：' + (p.name || ''), alt: p.name || '应急避难场所', riseOnHover: true });
      }));
    } else if (collection === 'places') {
      cls = 'place';
      layer = L.geoJSON(null, geoOpts(null, function (f, ll) {
        var p = f.properties || {};
        var m = L.marker(ll, {
          icon: pointIcon('mk-place mk-' + String(p.category || '').replace(/[^a-z_]/g, ''), '', p.category === 'township_seat' ? 12 : 10),
          title: '地名：' + (p.name || ''), alt: p.name || '地名'
        });
        if (p.name && p.category !== 'township_seat') {
          m.bindTooltip(escapeHTML(p.name), { permanent: true, direction: 'right', offset: [6, 0], className: 'label label-place', interactive: false });
        }
        return m;
      }));
    } else if (collection === 'reports') {
      cls = 'report';
      layer = L.geoJSON(null, L.extend(geoOpts(function () { return { color: '#922b21', weight: 2, fillColor: '#ec7063', fillOpacity: 0.5 }; },
        circle({ radius: 7, color: '#922b21', weight: 2, fillColor: '#ec7063', fillOpacity: 0.85, pane: 'reportPane' })), { pane: 'reportPane' }));
    } else {
      cls = 'other';
      layer = L.geoJSON(null, geoOpts(function () { return DEFAULT_STYLE; }, circle({
        radius: 5, color: DEFAULT_STYLE.color, weight: 1.5, fillColor: DEFAULT_STYLE.fillColor, fillOpacity: 0.9
      })));
    }
    name = COLLECTION_NAMES[collection] || title || collection;
    var cleanup = [];
    return {
      add: function (features) { layer.addData(features); },
      finish: function () {
        if (collection === 'addresses') {
          // A switchable group that holds the markers only from ADDRESS_MIN_ZOOM up.
          var holder = L.layerGroup();
          var sync = function () {
            var want = map.hasLayer(holder) && map.getZoom() >= ADDRESS_MIN_ZOOM;
            if (want && !map.hasLayer(layer)) map.addLayer(layer);
            if (!want && map.hasLayer(layer)) map.removeLayer(layer);
          };
          var resize = function () {
            var r = addressRadius();
            layer.eachLayer(function (m) { if (m.setRadius && m.getRadius() !== r) m.setRadius(r); });
          };
          holder.on('add remove', function () { setTimeout(sync, 0); });
          map.on('zoomend', sync);
          map.on('zoomend', resize);
          holder.addTo(map);
          layerControl.addOverlay(holder, swatch(cls, name, note));
          state.addressLayer = layer;
          sync();
          cleanup.push(function () {
            map.off('zoomend', sync);
            map.off('zoomend', resize);
            holder.off();
            layerControl.removeLayer(holder);
            map.removeLayer(holder);
          });
        } else {
          if (collection === 'roads') {
            layer.eachLayer(function (l) {
              var p = l.feature.properties || {};
              if (p.name) l.bindTooltip(escapeHTML(p.name), { permanent: true, direction: 'center', className: 'label label-road', interactive: false });
            });
          }
          layer.addTo(map);
          layerControl.addOverlay(layer, swatch(cls, name, note));
        }
        return [layer];
      },
      remove: function () {
        cleanup.forEach(function (f) { f(); });
        layerControl.removeLayer(layer);
        map.removeLayer(layer);
      },
      bounds: function () { return layer.getLayers().length ? layer.getBounds() : L.latLngBounds([]); },
      layer: layer
    };
  }

  // ---- loading ----------------------------------------------------------------
  var progress = {}; // collection -> { loaded, matched }

  function showProgress() {
    var parts = Object.keys(progress).filter(function (k) { return !progress[k].finished; }).map(function (k) {
      var p = progress[k];
      return p.title + ' ' + p.loaded.toLocaleString('zh-CN') + (p.matched != null ? '/' + p.matched.toLocaleString('zh-CN') : '');
    });
    if (parts.length) setStatus('正在加载：' + parts.join('，') + '…');
  }

  function loadCollection(c) {
    var title = COLLECTION_NAMES[c.id] || c.title || c.id;
    var drawer = makeDrawer(c.id, title);
    progress[c.id] = { title: title, loaded: 0, matched: null, finished: false };
    var seen = {};
    var pages = 0;
    var first = new URL(api('collections/' + encodeURIComponent(c.id) + '/items'));
    first.searchParams.set('limit', String(PAGE_LIMIT));
    first.searchParams.set('f', 'json');

    function page(url) {
      if (seen[url] || pages >= MAX_PAGES) return Promise.resolve();
      seen[url] = true;
      pages += 1;
      return getJSON(url, 'application/geo+json, application/json').then(function (res) {
        var fc = res.body || {};
        var feats = Array.isArray(fc.features) ? fc.features : [];
        drawer.add(feats);
        progress[c.id].loaded += feats.length;
        if (typeof fc.numberMatched === 'number') progress[c.id].matched = fc.numberMatched;
        showProgress();
        var next = linkOf(fc.links, 'next', 'application/geo+json');
        if (next && feats.length) return page(sameOrigin(next.href, res.url));
      });
    }

    return page(first.href).then(function () {
      progress[c.id].finished = true;
      state.counts[c.id] = progress[c.id].loaded;
      return { id: c.id, drawer: drawer };
    }, function (e) {
      progress[c.id].finished = true;
      if (e instanceof AuthError) {
        // This layer needs a token (e.g. reports, when the rest is open): draw the others.
        state.locked.push(c.id);
        return { id: c.id, drawer: drawer, locked: title };
      }
      state.counts[c.id] = progress[c.id].loaded;
      var msg = '图层「' + title + '」加载失败：' + (e.status === 403 ? '当前令牌无权读取此图层' : (e.message || String(e)));
      state.errors.push(msg);
      return { id: c.id, drawer: drawer, error: msg };
    });
  }

  // Run at most `n` promises at a time, keeping the results in order.
  function inTurn(items, n, fn) {
    var results = new Array(items.length), i = 0;
    function worker() {
      if (i >= items.length) return Promise.resolve();
      var k = i++;
      return fn(items[k]).then(function (r) { results[k] = r; return worker(); });
    }
    var ws = [];
    for (var w = 0; w < Math.min(n, items.length); w++) ws.push(worker());
    return Promise.all(ws).then(function () { return results; });
  }

  var loadedDrawers = [];
  function clearLayers() {
    loadedDrawers.forEach(function (d) { d.remove(); });
    loadedDrawers = [];
    state.addressLayer = null;
    state.counts = {}; state.levels = {}; state.errors = []; state.locked = []; state.done = false;
    progress = {};
    delete document.body.dataset.loaded;
  }

  function start() {
    clearLayers();
    document.body.dataset.state = 'loading';
    setStatus('正在读取图层列表…');
    // The landing page tells whether search exists; /collections lists the layers.
    var landing = getJSON(api('')).then(function (r) { return r.body; }, function (e) {
      if (e instanceof AuthError) throw e;
      return {}; // no landing page: go on without search
    });
    return landing.then(function (root) {
      setupSearch(root);
      return getJSON(api('collections'));
    }).then(function (res) {
      var cols = (res.body && Array.isArray(res.body.collections)) ? res.body.collections : [];
      state.collections = cols.map(function (c) { return c.id; });
      if (!cols.length) throw new HttpError(0, res.url, '服务器没有列出任何图层');
      // Known layers first in a fixed order, then whatever else the server lists.
      var known = ['divisions', 'roads', 'addresses', 'places', 'shelters', 'reports'];
      cols.sort(function (a, b) {
        var ia = known.indexOf(a.id), ib = known.indexOf(b.id);
        return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
      });
      return inTurn(cols, 3, loadCollection);
    }).then(function (results) {
      var locked = results.filter(function (r) { return r.locked; });
      if (locked.length === results.length) throw new AuthError(401, api('collections'));
      results = results.filter(function (r) { return !r.locked; });
      var bounds = L.latLngBounds([]);
      var loadedLayers = [];
      results.forEach(function (r) {
        loadedDrawers.push(r.drawer);
        loadedLayers = loadedLayers.concat(r.drawer.finish());
        var b = r.drawer.bounds();
        if (b.isValid()) bounds.extend(b);
      });
      // Finer divisions above the coarse ones, points above everything (SVG order = draw order).
      loadedLayers.forEach(function (l) { if (l.bringToFront) l.bringToFront(); });
      if (!hashView && bounds.isValid()) map.fitBounds(bounds, { padding: [16, 16], animate: false });
      map.off('moveend', writeHash).on('moveend', writeHash);
      writeHash();
      var total = 0;
      Object.keys(state.counts).forEach(function (k) { total += state.counts[k]; });
      state.total = total;
      state.done = true;
      document.body.dataset.loaded = String(total);
      var summary = '已加载 ' + results.length + ' 个图层，共 ' + total.toLocaleString('zh-CN') + ' 个要素';
      var lockedNote = locked.length ? '图层' + locked.map(function (r) { return '「' + r.locked + '」'; }).join('') + '需要访问令牌。' : '';
      if (state.errors.length) {
        document.body.dataset.state = 'error';
        setStatus(summary + '。' + lockedNote + state.errors.join('；'), true);
      } else {
        document.body.dataset.state = 'done';
        setStatus(summary + '。' + lockedNote);
      }
      if (locked.length) offerToken(lockedNote + '其他图层无需登录即可查看；输入访问令牌可一并查看。');
    }).catch(function (e) {
      if (e instanceof AuthError) return askForToken();
      state.errors.push(e.message || String(e));
      state.done = true;
      document.body.dataset.state = 'error';
      document.body.dataset.loaded = '0';
      setStatus('无法读取地名服务：' + (e.message || String(e)), true);
    });
  }

  // ---- token (only when the deployment closes reading) ------------------------
  function offerToken(message) {
    authMsg.textContent = message;
    authForm.hidden = false;
  }
  function askForToken() {
    document.body.dataset.state = 'auth';
    var had = !!token();
    authMsg.textContent = had ? '访问令牌无效或已过期，请重新输入。' : '此服务需要登录后才能读取数据。请输入管理员发放的访问令牌。';
    setStatus(had ? '访问令牌被拒绝（401）。' : '读取数据需要访问令牌（401）。', true);
    authForm.hidden = false;
    authInput.focus();
  }
  document.getElementById('auth-cancel').addEventListener('click', function () {
    authForm.hidden = true;
    map.getContainer().focus();
  });
  authForm.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var t = authInput.value.trim();
    if (!t) return;
    try { sessionStorage.setItem(TOKEN_KEY, t); } catch (e) { /* private mode: the token lives for this page only */ }
    memoryToken = t;
    authInput.value = '';
    authForm.hidden = true;
    start();
  });

  // ---- search (shown only when the server advertises it) -----------------------
  var searchHref = null;
  function setupSearch(root) {
    var link = root && linkOf(root.links, 'search');
    searchHref = link ? sameOrigin(link.href, API_ROOT) : null;
    searchForm.hidden = !searchHref;
  }
  var searchMarker = null;
  searchForm.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var q = document.getElementById('search-q').value.trim();
    if (!q || !searchHref) return;
    var u = new URL(searchHref);
    u.searchParams.set('q', q);
    setStatus('正在检索「' + q + '」…');
    getJSON(u.href, 'application/geo+json, application/json').then(function (res) {
      var feats = (res.body && res.body.features) || [];
      resultsList.textContent = '';
      feats.forEach(function (f) {
        var li = el('li');
        var p = f.properties || {};
        var col = p.collection || '';
        var b = el('button', (featureTitle(col, p) || '要素') + (COLLECTION_NAMES[col] ? '（' + COLLECTION_NAMES[col] + '）' : ''));
        b.type = 'button';
        b.addEventListener('click', function () { showResult(f, col); });
        li.appendChild(b);
        resultsList.appendChild(li);
      });
      if (!feats.length) resultsList.appendChild(el('li', '没有找到匹配的地名。'));
      resultsBox.hidden = false;
      setStatus('「' + q + '」：' + feats.length + ' 条结果。');
      var firstButton = resultsList.querySelector('button');
      if (firstButton) firstButton.focus();
    }).catch(function (e) {
      if (e instanceof AuthError) return askForToken();
      setStatus('检索失败：' + (e.message || String(e)), true);
    });
  });
  document.getElementById('results-close').addEventListener('click', function () {
    resultsBox.hidden = true;
    document.getElementById('search-q').focus();
  });
  function showResult(f, col) {
    if (searchMarker) map.removeLayer(searchMarker);
    searchMarker = L.geoJSON(f, {
      style: { color: '#f2a541', weight: 4, fillOpacity: 0.1 },
      pointToLayer: function (g, ll) { return L.circleMarker(ll, { radius: 10, color: '#f2a541', weight: 4, fillOpacity: 0 }); }
    }).addTo(map);
    var b = searchMarker.getBounds();
    if (b.isValid()) map.fitBounds(b, { maxZoom: 17, padding: [30, 30] });
    searchMarker.bindPopup(popupFor(col, COLLECTION_NAMES[col] || col, f)).openPopup();
  }

  // Escape closes the open popup or panel.
  document.addEventListener('keydown', function (ev) {
    if (ev.key !== 'Escape') return;
    if (!resultsBox.hidden) { resultsBox.hidden = true; return; }
    map.closePopup();
  });

  start();
})();
