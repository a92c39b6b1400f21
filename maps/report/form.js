/* The rapid-report field form: reports are saved in this browser's localStorage first (the outbox), each
 * with a client UUID made once when it is saved, and sent to POST reports whenever the network
 * allows. A resend uses the same id and the same body, so the server answers 200 and stores
 * nothing new: resending is always safe. Plain script, no build step, no Service Worker: it must
 * run in WeChat's in-app browser (Chromium-based) and on plain http, where crypto.randomUUID and
 * geolocation may be missing. */
(function () {
  'use strict';

  var OUTBOX_KEY = 'diming.report.outbox';
  var TOKEN_KEY = 'diming.report.token';
  var EVENTS_KEY = 'diming.report.events';
  var RETRY_FIRST_MS = 5000;
  var RETRY_MAX_MS = 5 * 60 * 1000;
  var STATE_TEXT = {
    queued: '待发送 queued', sending: '发送中 sending', sent: '已送达 sent', refused: '被拒绝 refused'
  };

  var $ = function (id) { return document.getElementById(id); };
  var memory = {}; // storage blocked (private mode): keep going in memory, and say so

  function load(key, fallback) {
    try {
      var text = window.localStorage.getItem(key);
      return text === null ? fallback : JSON.parse(text);
    } catch (e) {
      return key in memory ? memory[key] : fallback;
    }
  }

  function store(key, value) {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
      return true;
    } catch (e) {
      memory[key] = value;
      return false;
    }
  }

  // ---- ids: crypto.randomUUID needs a secure context; getRandomValues does not ----------------

  function uuid() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') {
      try { return window.crypto.randomUUID(); } catch (e) { /* insecure context: below */ }
    }
    var b = new Uint8Array(16);
    window.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40; // version 4
    b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  // ---- the outbox ---------------------------------------------------------------------------

  function outbox() { return load(OUTBOX_KEY, []); }

  function update(id, change) {
    var items = outbox();
    for (var i = 0; i < items.length; i++) {
      if (items[i].id === id) { for (var k in change) items[i][k] = change[k]; }
    }
    store(OUTBOX_KEY, items);
    render();
  }

  function token() { return load(TOKEN_KEY, ''); }

  // ---- the form -----------------------------------------------------------------------------

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  /** "2026-07-08T14:30" from the datetime-local input → "2026-07-08T14:30:00+08:00" (this phone's offset then). */
  function withOffset(local) {
    var d = new Date(local);
    if (isNaN(d.getTime())) return null;
    var off = -d.getTimezoneOffset(), sign = off >= 0 ? '+' : '-';
    off = Math.abs(off);
    return local.slice(0, 16) + ':00' + sign + pad(Math.floor(off / 60)) + ':' + pad(off % 60);
  }

  function nowLocal() {
    var d = new Date();
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + 'T' + pad(d.getHours()) + ':' + pad(d.getMinutes());
  }

  function problem(text) {
    var p = $('form-problem');
    p.textContent = text || '';
    p.hidden = !text;
  }

  var WHOLE = /^[0-9]+$/;
  var DECIMAL = /^[0-9]+(\.[0-9]+)?$/;

  /** The report as a GeoJSON Feature, or a message naming the field that is wrong. */
  function readForm(id) {
    var event = $('event').value.trim() || $('event-select').value;
    if (!WHOLE.test(event)) return { error: '请选择或输入灾害过程 Choose or type the event (event)' };
    var lon = $('lon').value.trim(), lat = $('lat').value.trim();
    var number = /^-?[0-9]+(\.[0-9]+)?$/;
    if (!number.test(lon) || !number.test(lat)) return { error: '请定位或输入经纬度 Locate, or type longitude and latitude (geometry)' };
    var observed = withOffset($('observed').value);
    if (!observed) return { error: '请填写观测时间 Enter the time observed (observed_at)' };
    var unit = document.querySelector('input[name="area-unit"]:checked').value;
    var properties = { event: Number(event), observed_at: observed, location_source: $('location-source').value };
    if ($('accuracy').value !== '' && properties.location_source === 'gps') properties.accuracy_m = Number($('accuracy').value);
    var inputs = document.querySelectorAll('[data-indicator]');
    for (var i = 0; i < inputs.length; i++) {
      var el = inputs[i], text = el.value.trim();
      if (text === '') continue;
      var area = el.getAttribute('data-area') === '1';
      var name = el.getAttribute('data-indicator') + (area ? '_' + unit : '');
      var decimal = area || name === 'direct_loss_10k_yuan';
      if (!(decimal ? DECIMAL : WHOLE).test(text)) {
        return { error: '数值有误 Not a ' + (decimal ? 'decimal' : 'whole') + ' number (' + name + '): ' + text };
      }
      // Decimals go out as JSON numbers written as typed (e.g. 0.1, never 0.1000000000000000055).
      properties[name] = Number(text);
    }
    var note = $('note').value.trim();
    if (note) properties.note = note;
    return {
      feature: { type: 'Feature', id: id, geometry: { type: 'Point', coordinates: [Number(lon), Number(lat)] }, properties: properties }
    };
  }

  function save(ev) {
    ev.preventDefault();
    var id = uuid(); // made once: every later send of this report carries it
    var read = readForm(id);
    if (read.error) { problem(read.error); return; }
    problem('');
    var items = outbox();
    // The body is kept as text: a resend is byte for byte the first send.
    items.unshift({ id: id, state: 'queued', saved_at: new Date().toISOString(), body: JSON.stringify(read.feature),
                    event: read.feature.properties.event, observed_at: read.feature.properties.observed_at, tries: 0 });
    if (!store(OUTBOX_KEY, items)) problem('浏览器存储不可用，报告仅在本页 Storage is blocked: the report lives in this page only');
    clearFigures();
    render();
    if (navigator.onLine !== false) flush();
  }

  function clearFigures() {
    var inputs = document.querySelectorAll('[data-indicator]');
    for (var i = 0; i < inputs.length; i++) inputs[i].value = '';
    $('note').value = '';
    $('observed').value = nowLocal();
  }

  // ---- sending ------------------------------------------------------------------------------

  var flushing = false, retryDelay = RETRY_FIRST_MS, timer = null;

  function reasonOf(status, text) {
    try {
      var p = JSON.parse(text);
      var parts = [p.title, p.detail].filter(function (x) { return x; });
      if (p.field) parts.push('(' + p.field + ')');
      // Every refused field, when the server lists them (errors: [{field, detail}]).
      (Array.isArray(p.errors) ? p.errors : []).forEach(function (e) {
        if (e && e.field && e.field !== p.field) parts.push('· ' + e.field + ': ' + (e.detail || ''));
      });
      if (parts.length) return status + ' ' + parts.join(' ');
    } catch (e) { /* not a problem document */ }
    return status + ' ' + (text || '').slice(0, 200);
  }

  /** The reasons of a refusal in the phone's language (the server answers zh or en). */
  function languages() {
    return (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'zh-CN']).join(',');
  }

  /** One report out: 'sent', 'refused', 'queued' (try again later) or 'token' (the token is refused).
   * Sent means 201 or 200 with JSON from the server: a hotel or captive portal's HTML page is not an
   * acknowledgement. */
  function sendOne(item) {
    update(item.id, { state: 'sending', tries: (item.tries || 0) + 1 });
    return fetch('reports', {
      method: 'POST', cache: 'no-store',
      headers: { 'Content-Type': 'application/geo+json', 'Accept': 'application/geo+json, application/json',
                 'Accept-Language': languages(), 'Authorization': 'Bearer ' + token() },
      body: item.body
    }).then(function (r) {
      return r.text().then(function (text) {
        var json = /json/.test(r.headers.get('Content-Type') || '');
        if ((r.status === 200 || r.status === 201) && json) {
          update(item.id, { state: 'sent', sent_at: new Date().toISOString(), status: r.status, reason: null });
          return 'sent';
        }
        var reason = reasonOf(r.status, text);
        if (r.status === 401 || r.status === 403) {
          update(item.id, { state: 'queued', reason: reason });
          return 'token';
        }
        // 404/405: not our server's route (a portal, a proxy); 408/429: busy. Kept, tried again.
        if (r.status >= 400 && r.status < 500 && [404, 405, 408, 425, 429].indexOf(r.status) < 0) {
          // 409 and the other refusals: the same report would be refused again; never retried.
          update(item.id, { state: 'refused', reason: reason, status: r.status });
          return 'refused';
        }
        update(item.id, { state: 'queued', reason: reason });
        return 'queued';
      });
    }, function () {
      update(item.id, { state: 'queued', reason: '网络不可用 no network' });
      return 'queued';
    });
  }

  function flush() {
    if (flushing) return Promise.resolve();
    if (!token()) { showToken(); return Promise.resolve(); }
    flushing = true;
    var pending = outbox().filter(function (x) { return x.state === 'queued' || x.state === 'sending'; }).reverse();
    var failed = false, stop = false;
    var chain = pending.reduce(function (p, item) {
      return p.then(function () {
        if (stop) return;
        return sendOne(item).then(function (outcome) {
          if (outcome === 'queued') { failed = true; stop = true; }
          if (outcome === 'token') { failed = true; stop = true; showToken('令牌被拒绝 The token was refused'); }
        });
      });
    }, Promise.resolve());
    return chain.then(function () {
      flushing = false;
      schedule(failed);
    }, function () { flushing = false; schedule(true); });
  }

  /** After a failure, try again later with backoff (5 s doubling to 5 min); after a success, reset it. */
  function schedule(failed) {
    if (timer) { clearTimeout(timer); timer = null; }
    retryDelay = failed ? Math.min(retryDelay * 2, RETRY_MAX_MS) : RETRY_FIRST_MS;
    var left = outbox().some(function (x) { return x.state === 'queued'; });
    if (left) timer = setTimeout(flush, failed ? retryDelay : RETRY_FIRST_MS);
  }

  // ---- what is shown ------------------------------------------------------------------------

  function render() {
    var list = $('outbox'), items = outbox();
    list.textContent = '';
    items.forEach(function (item) {
      var li = document.createElement('li');
      li.setAttribute('data-id', item.id);
      li.setAttribute('data-state', item.state);
      li.className = 'item ' + item.state;
      var head = document.createElement('div');
      var badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = STATE_TEXT[item.state] || item.state;
      head.appendChild(badge);
      head.appendChild(document.createTextNode(' #' + item.event + ' · ' + item.observed_at));
      li.appendChild(head);
      var small = document.createElement('small');
      small.className = 'uid';
      small.textContent = item.id;
      li.appendChild(small);
      if (item.reason && item.state !== 'sent') {
        var why = document.createElement('p');
        why.className = item.state === 'refused' ? 'problem reason' : 'hint reason';
        why.textContent = item.reason;
        li.appendChild(why);
      }
      if (item.state === 'refused') li.appendChild(button('改正后重报 Correct and resave', function () { toForm(item); }));
      if (item.state === 'refused' || item.state === 'sent') li.appendChild(button('移除 Remove', function () { remove(item.id); }));
      list.appendChild(li);
    });
    $('outbox-empty').hidden = items.length > 0;
    var queued = items.filter(function (x) { return x.state === 'queued' || x.state === 'sending'; }).length;
    $('network').textContent = (navigator.onLine === false ? '离线 offline' : '在线 online') +
      ' · ' + queued + ' 条待发送 waiting';
    $('network').className = 'network ' + (navigator.onLine === false ? 'offline' : 'online');
  }

  function button(text, action) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.addEventListener('click', action);
    return b;
  }

  function remove(id) {
    store(OUTBOX_KEY, outbox().filter(function (x) { return x.id !== id; }));
    render();
  }

  /** A refused report back into the form: saved again it is a new report with a new id. */
  function toForm(item) {
    var f = JSON.parse(item.body), p = f.properties;
    $('event').value = String(p.event);
    $('lon').value = String(f.geometry.coordinates[0]);
    $('lat').value = String(f.geometry.coordinates[1]);
    $('location-source').value = p.location_source;
    $('accuracy').value = p.accuracy_m === undefined ? '' : String(p.accuracy_m);
    $('observed').value = p.observed_at.slice(0, 16);
    var mu = Object.keys(p).some(function (k) { return /_mu$/.test(k); });
    document.querySelector('input[name="area-unit"][value="' + (mu ? 'mu' : 'ha') + '"]').checked = true;
    var inputs = document.querySelectorAll('[data-indicator]');
    for (var i = 0; i < inputs.length; i++) {
      var name = inputs[i].getAttribute('data-indicator') + (inputs[i].getAttribute('data-area') === '1' ? (mu ? '_mu' : '_ha') : '');
      inputs[i].value = p[name] === undefined ? '' : String(p[name]);
    }
    $('note').value = p.note || '';
    problem(item.reason);
    $('report-form').scrollIntoView();
  }

  function showToken(note) {
    $('token-box').hidden = false;
    $('token-note').textContent = note || '';
    $('token-note').hidden = !note;
  }

  // ---- events (灾害过程): from the server when reachable, else the list seen last --------------

  function fillEvents(events) {
    var select = $('event-select');
    select.textContent = '';
    var none = document.createElement('option');
    none.value = '';
    none.textContent = '—';
    select.appendChild(none);
    events.forEach(function (e) {
      var o = document.createElement('option');
      o.value = String(e.id);
      o.textContent = e.id + ' ' + (e.name || '') + (e.status ? ' (' + e.status + ')' : '');
      select.appendChild(o);
    });
    if (events.length === 1) select.value = String(events[0].id);
  }

  function eventsFrom(doc) {
    var list = Array.isArray(doc) ? doc : (doc && (doc.events || doc.features)) || [];
    return list.map(function (e) {
      var p = e.properties || e;
      return { id: e.id !== undefined ? e.id : p.id, name: p.name, status: p.status };
    }).filter(function (e) { return e.id !== undefined && e.id !== null; });
  }

  function loadEvents() {
    fillEvents(load(EVENTS_KEY, []));
    if (!token()) return Promise.resolve();
    return fetch('events', { headers: { 'Accept': 'application/json', 'Authorization': 'Bearer ' + token() } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (doc) {
        if (!doc) return;
        var events = eventsFrom(doc);
        store(EVENTS_KEY, events);
        fillEvents(events);
      }, function () { /* offline: the list seen last */ });
  }

  // ---- the device's point -------------------------------------------------------------------

  function locate() {
    var note = $('gps-note');
    if (!navigator.geolocation) { note.textContent = '此浏览器不能定位，请输入经纬度 No GPS here: type the point'; return; }
    note.textContent = '定位中… Locating…';
    navigator.geolocation.getCurrentPosition(function (pos) {
      $('lon').value = pos.coords.longitude.toFixed(7);
      $('lat').value = pos.coords.latitude.toFixed(7);
      $('accuracy').value = String(Math.round(pos.coords.accuracy * 10) / 10);
      $('location-source').value = 'gps';
      note.textContent = 'GPS ±' + Math.round(pos.coords.accuracy) + ' m';
    }, function (err) {
      note.textContent = '定位失败，请输入经纬度 No fix (' + err.message + '): type the point';
    }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 0 });
  }

  function typed() {
    $('location-source').value = 'typed';
    $('accuracy').value = '';
    $('gps-note').textContent = '';
  }

  // ---- start ------------------------------------------------------------------------------

  function start() {
    var off = -new Date().getTimezoneOffset();
    $('offset').textContent = 'UTC' + (off >= 0 ? '+' : '-') + pad(Math.floor(Math.abs(off) / 60)) + ':' + pad(Math.abs(off) % 60);
    $('observed').value = nowLocal();
    // A send cut off by closing the page: the server may or may not have it; the resend tells.
    outbox().forEach(function (x) { if (x.state === 'sending') update(x.id, { state: 'queued' }); });
    $('report-form').addEventListener('submit', save);
    $('token-form').addEventListener('submit', function (ev) {
      ev.preventDefault();
      store(TOKEN_KEY, $('token').value.trim());
      $('token').value = '';
      $('token-box').hidden = true;
      loadEvents();
      flush();
    });
    $('locate').addEventListener('click', locate);
    $('lon').addEventListener('input', typed);
    $('lat').addEventListener('input', typed);
    $('event-select').addEventListener('change', function () { $('event').value = ''; });
    $('send-now').addEventListener('click', function () { retryDelay = RETRY_FIRST_MS; flush(); });
    window.addEventListener('online', function () { render(); retryDelay = RETRY_FIRST_MS; flush(); });
    window.addEventListener('offline', render);
    if (!token()) showToken();
    render();
    loadEvents();
    flush();
    document.body.setAttribute('data-state', 'ready');
  }

  // For tests and for a support person's console: the outbox and a send now.
  window.dimingReport = { outbox: outbox, flush: flush, uuid: uuid, keys: { outbox: OUTBOX_KEY, token: TOKEN_KEY } };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
