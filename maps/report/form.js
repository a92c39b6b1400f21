/* The rapid-report field form: reports are saved in this browser's localStorage first (the outbox), each
 * with a client UUID made once when it is saved, and sent to POST reports whenever the network
 * allows. The report being filled in is a draft saved on every change (fields and photos, through
 * store.js: localStorage mirrored into IndexedDB), so a killed app or a reboot loses nothing typed
 * (TC-6.2). A resend uses the same id and the same body, so the server answers 200 and stores
 * nothing new: resending is always safe. Plain script, no build step, no Service Worker: it must
 * run in WeChat's in-app browser (Chromium-based) and on plain http, where crypto.randomUUID and
 * geolocation may be missing. */
(function () {
  'use strict';

  var OUTBOX_KEY = 'diming.report.outbox';
  var TOKEN_KEY = 'diming.report.token';
  var EVENTS_KEY = 'diming.report.events';
  var DRAFT_KEY = 'diming.report.draft';
  var RETRY_FIRST_MS = 5000;
  var RETRY_MAX_MS = 5 * 60 * 1000;
  // Nothing here says "submitted" before the server's acknowledgement (TC-6.1).
  var STATE_TEXT = {
    queued: '已保存，尚未提交 saved, not yet submitted', sending: '发送中，尚未确认 sending, not yet confirmed',
    partial: '报告已送达，照片待发送 report received, photos pending', sent: '已送达 received by the server',
    refused: '被拒绝 refused'
  };
  var PENDING = ['queued', 'sending', 'partial'];
  function pending(item) { return PENDING.indexOf(item.state) >= 0; }

  var $ = function (id) { return document.getElementById(id); };
  var S = window.dimingStore; // maps/report/store.js
  var load = S.load, store = S.store, forget = S.forget;
  var putPhoto = S.putPhoto, getPhoto = S.getPhoto, deletePhoto = S.deletePhoto;

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


  // ---- the draft: the report being filled in, saved on every change (TC-6.2) ------------------

  var draftPhotos = []; // [{key, name, type, size}] of the draft, in the order chosen

  function draftStatus(text, bad) {
    var el = $('draft-status');
    el.textContent = text;
    el.className = bad ? 'problem' : 'hint';
  }

  function time() { var d = new Date(); return pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds()); }

  function readDraft() {
    var fields = {};
    var els = document.querySelectorAll('#report-form [data-draft]');
    for (var i = 0; i < els.length; i++) fields[els[i].getAttribute('data-draft')] = els[i].value;
    var figures = {};
    var inputs = document.querySelectorAll('[data-indicator]');
    for (var j = 0; j < inputs.length; j++) if (inputs[j].value !== '') figures[inputs[j].getAttribute('data-indicator')] = inputs[j].value;
    fields.unit = document.querySelector('input[name="area-unit"]:checked').value;
    return { fields: fields, figures: figures, photos: draftPhotos, saved_at: new Date().toISOString() };
  }

  /** Saves the draft now. Storage refused: the text stays in the page (memory), and the UI says so. */
  function saveDraft() {
    var draft = readDraft(), local = store(DRAFT_KEY, draft);
    S.written().then(function (mirrored) {
      if (load(DRAFT_KEY, null) === null) return; // finalized or discarded meanwhile
      if (local || mirrored) {
        draftStatus('草稿已自动保存 Draft saved ' + time(), false);
        if (mirrored) $('draft-status').setAttribute('data-durable', draft.saved_at);
      } else {
        draftStatus('浏览器拒绝保存草稿：请勿关闭本页 The browser refused to keep the draft: do not close this page', true);
      }
    });
  }

  function clearDraft() {
    forget(DRAFT_KEY);
    draftPhotos = [];
    renderPhotos();
    draftStatus('', false);
    $('draft-recovered').hidden = true;
  }

  function restoreDraft() {
    var draft = load(DRAFT_KEY, null);
    if (!draft) return;
    var els = document.querySelectorAll('#report-form [data-draft]');
    for (var i = 0; i < els.length; i++) {
      var name = els[i].getAttribute('data-draft');
      if (draft.fields && name in draft.fields) els[i].value = draft.fields[name];
    }
    var unit = document.querySelector('input[name="area-unit"][value="' + ((draft.fields && draft.fields.unit) === 'mu' ? 'mu' : 'ha') + '"]');
    unit.checked = true;
    var inputs = document.querySelectorAll('[data-indicator]');
    for (var j = 0; j < inputs.length; j++) inputs[j].value = (draft.figures || {})[inputs[j].getAttribute('data-indicator')] || '';
    draftPhotos = draft.photos || [];
    renderPhotos();
    $('draft-recovered').hidden = false;
    var at = new Date(draft.saved_at);
    draftStatus('草稿保存于 Draft saved at ' + (isNaN(at.getTime()) ? '' : at.toLocaleString()), false);
  }

  /** Discarding the draft: its fields emptied and its photos deleted from this browser. */
  function discardDraft() {
    draftPhotos.forEach(function (p) { deletePhoto(p.key); });
    clearFigures();
    clearDraft();
  }

  var PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

  /** Some in-app pickers give no type: the name's extension tells. */
  function typeByName(name) {
    var ext = (/\.([a-z0-9]+)$/i.exec(name || '') || [])[1];
    return { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' }[(ext || '').toLowerCase()] || '';
  }

  /** A display name the server takes (one printable line, no slash), unique within the report. */
  function photoName(file, taken) {
    var name = (file.name || 'photo').replace(/[\u0000-\u001f\u007f-\u009f\/\\]/g, '_').slice(-100) || 'photo';
    var unique = name, n = 2;
    while (taken.indexOf(unique) >= 0) unique = (n++) + '-' + name;
    return unique;
  }

  /** Photos chosen: each kept in the browser at once, then listed in the draft. */
  function addPhotos() {
    var files = Array.prototype.slice.call($('photos').files || []);
    $('photos').value = '';
    files.reduce(function (p, file) {
      return p.then(function () {
        var type = file.type || typeByName(file.name);
        if (PHOTO_TYPES.indexOf(type) < 0) {
          draftStatus('只能用 JPEG、PNG 或 WebP 照片 Only JPEG, PNG or WebP photos: ' + file.name, true);
          return;
        }
        var record = { key: uuid(), name: photoName(file, draftPhotos.map(function (x) { return x.name; })), type: type, blob: file };
        return putPhoto(record).then(function (where) {
          draftPhotos.push({ key: record.key, name: record.name, type: record.type, size: file.size, where: where });
          renderPhotos();
          saveDraft();
        }, function () {
          draftStatus('浏览器拒绝保存照片，此照片未加入 The browser refused to keep the photo, not added: ' + file.name, true);
        });
      });
    }, Promise.resolve());
  }

  function removePhoto(key) {
    deletePhoto(key);
    draftPhotos = draftPhotos.filter(function (p) { return p.key !== key; });
    renderPhotos();
    saveDraft();
  }

  function renderPhotos() {
    var list = $('photo-list');
    list.textContent = '';
    draftPhotos.forEach(function (p) {
      var li = document.createElement('li');
      li.setAttribute('data-key', p.key);
      var img = document.createElement('img');
      img.alt = p.name;
      // A data: URL, not blob: (the server's Content-Security-Policy allows img-src 'self' data:).
      getPhoto(p.key).then(function (found) {
        if (!found) { li.className = 'photo-gone'; return; }
        return S.dataURL(found.blob).then(function (url) { img.src = url; });
      }).catch(function () { li.className = 'photo-gone'; });
      li.appendChild(img);
      var name = document.createElement('span');
      name.className = 'name';
      name.textContent = p.name + ' · ' + Math.round(p.size / 1024) + ' KB';
      li.appendChild(name);
      li.appendChild(button('移除 Remove', function () { removePhoto(p.key); }));
      list.appendChild(li);
    });
  }

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
    // The server expects these files (photos_expected) and shows which are missing until they arrive.
    if (draftPhotos.length) properties.photos = draftPhotos.map(function (p) { return p.name; });
    return {
      feature: { type: 'Feature', id: id, geometry: { type: 'Point', coordinates: [Number(lon), Number(lat)] }, properties: properties }
    };
  }

  /** Finalize: the draft becomes an outbox entry (queued, its id made now) and the draft is cleared. */
  function save(ev) {
    ev.preventDefault();
    var id = uuid(); // made once: every later send of this report carries it
    var read = readForm(id);
    if (read.error) { problem(read.error); return; }
    problem('');
    var items = outbox();
    // The body is kept as text: a resend is byte for byte the first send. The photos stay in the
    // browser's store under their keys until the server has each one.
    items.unshift({ id: id, state: 'queued', saved_at: new Date().toISOString(), body: JSON.stringify(read.feature),
                    event: read.feature.properties.event, observed_at: read.feature.properties.observed_at, tries: 0,
                    photos: draftPhotos.map(function (p) { return { key: p.key, name: p.name, type: p.type, size: p.size, state: 'queued' }; }) });
    if (!store(OUTBOX_KEY, items)) problem('浏览器存储不可用，报告仅在本页 Storage is blocked: the report lives in this page only');
    clearFigures();
    clearDraft();
    render();
    if (navigator.onLine !== false) flush();
  }

  function clearFigures() {
    draftPhotos = [];
    renderPhotos();
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

  /** What a failed request means: 'token', 'refused' (never retried) or 'queued' (try again later). */
  function failureOf(status) {
    if (status === 401 || status === 403) return 'token';
    // 404/405: not our server's route (a portal, a proxy); 408/429: busy. Kept, tried again.
    if (status >= 400 && status < 500 && [404, 405, 408, 425, 429].indexOf(status) < 0) return 'refused';
    return 'queued';
  }

  function headers(extra) {
    var h = { 'Accept': 'application/geo+json, application/json', 'Accept-Language': languages(), 'Authorization': 'Bearer ' + token() };
    for (var k in extra) h[k] = extra[k];
    return h;
  }

  function photosLeft(item) {
    return (item.photos || []).filter(function (p) { return p.state === 'queued'; });
  }

  /** A report's photos after the report itself was acknowledged, one request each (POST
   * reports/{id}/photos?name=): the server keeps a photo once whatever the resends. Each photo
   * the server has is deleted from this browser. */
  function sendPhotos(item) {
    return photosLeft(item).reduce(function (p, photo) {
      return p.then(function (outcome) {
        if (outcome !== 'sent') return outcome;
        return getPhoto(photo.key).then(function (found) {
          if (!found) { photoState(item.id, photo.key, 'lost', '照片已不在本机 photo no longer on this phone'); return 'sent'; }
          return fetch('reports/' + encodeURIComponent(item.id) + '/photos?name=' + encodeURIComponent(photo.name), {
            method: 'POST', cache: 'no-store', headers: headers({ 'Content-Type': photo.type }), body: found.blob
          }).then(function (r) {
            return r.text().then(function (text) {
              if ((r.status === 200 || r.status === 201) && /json/.test(r.headers.get('Content-Type') || '')) {
                photoState(item.id, photo.key, 'sent');
                deletePhoto(photo.key);
                return 'sent';
              }
              var failure = failureOf(r.status);
              if (failure === 'refused') { photoState(item.id, photo.key, 'refused', reasonOf(r.status, text)); return 'sent'; }
              update(item.id, { reason: reasonOf(r.status, text) });
              return failure;
            });
          }, function () { update(item.id, { reason: '网络不可用 no network' }); return 'queued'; });
        });
      });
    }, Promise.resolve('sent')).then(function (outcome) {
      if (outcome === 'sent') update(item.id, { state: 'sent', reason: refusedPhotos(item.id) });
      return outcome;
    });
  }

  function photoState(id, key, state, reason) {
    var item = outbox().filter(function (x) { return x.id === id; })[0];
    if (!item) return;
    item.photos.forEach(function (p) { if (p.key === key) { p.state = state; p.reason = reason || null; } });
    update(id, { photos: item.photos });
  }

  function refusedPhotos(id) {
    var item = outbox().filter(function (x) { return x.id === id; })[0] || {};
    var bad = (item.photos || []).filter(function (p) { return p.state === 'refused' || p.state === 'lost'; });
    return bad.length ? bad.map(function (p) { return p.name + ': ' + p.reason; }).join('; ') : null;
  }

  /** One report out: 'sent', 'refused', 'queued' (try again later) or 'token' (the token is refused).
   * Sent means 201 or 200 with JSON from the server: a hotel or captive portal's HTML page is not an
   * acknowledgement. A report the server has already (state partial) only sends its photos. */
  function sendOne(item) {
    if (item.state === 'partial') return sendPhotos(item);
    update(item.id, { state: 'sending', tries: (item.tries || 0) + 1 });
    return fetch('reports', {
      method: 'POST', cache: 'no-store', headers: headers({ 'Content-Type': 'application/geo+json' }), body: item.body
    }).then(function (r) {
      return r.text().then(function (text) {
        var json = /json/.test(r.headers.get('Content-Type') || '');
        if ((r.status === 200 || r.status === 201) && json) {
          var left = photosLeft(item).length > 0;
          update(item.id, { state: left ? 'partial' : 'sent', sent_at: new Date().toISOString(), status: r.status, reason: null });
          return left ? sendPhotos(item) : 'sent';
        }
        var reason = reasonOf(r.status, text), failure = failureOf(r.status);
        // 409 and the other refusals: the same report would be refused again; never retried.
        update(item.id, failure === 'refused' ? { state: 'refused', reason: reason, status: r.status } : { state: 'queued', reason: reason });
        return failure;
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
    var waiting = outbox().filter(pending).reverse();
    var failed = false, stop = false;
    var chain = waiting.reduce(function (p, item) {
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
    var left = outbox().some(function (x) { return x.state === 'queued' || x.state === 'partial'; });
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
      if (item.photos && item.photos.length) {
        var got = item.photos.filter(function (p) { return p.state === 'sent'; }).length;
        var photos = document.createElement('small');
        photos.className = 'photos';
        photos.textContent = '照片 photos ' + got + '/' + item.photos.length + ' 已送达 received';
        li.appendChild(photos);
      }
      if (item.reason) {
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
    var queued = items.filter(pending).length;
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
    outbox().filter(function (x) { return x.id === id; }).forEach(function (x) {
      (x.photos || []).forEach(function (p) { deletePhoto(p.key); });
    });
    store(OUTBOX_KEY, outbox().filter(function (x) { return x.id !== id; }));
    render();
  }

  /** A refused report back into the form with its photos: saved again it is a new report with a new id. */
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
    // Its photos move to the draft (the refused entry keeps none, so removing it deletes none of them).
    draftPhotos = (item.photos || []).filter(function (x) { return x.state === 'queued'; })
      .map(function (x) { return { key: x.key, name: x.name, type: x.type, size: x.size || 0 }; });
    update(item.id, { photos: [] });
    renderPhotos();
    saveDraft();
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
    var select = $('event-select'), before = select.value;
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
    // The choice made (or restored from the draft) stays when the list is refreshed.
    if (before && events.some(function (e) { return String(e.id) === before; })) select.value = before;
    else if (events.length === 1) select.value = String(events[0].id);
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
      saveDraft();
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
    S.reconcile().then(ready);
  }

  function ready() {
    var off = -new Date().getTimezoneOffset();
    $('offset').textContent = 'UTC' + (off >= 0 ? '+' : '-') + pad(Math.floor(Math.abs(off) / 60)) + ':' + pad(Math.abs(off) % 60);
    $('observed').value = nowLocal();
    // A send cut off by closing the page: the server may or may not have it; the resend tells.
    outbox().forEach(function (x) { if (x.state === 'sending') update(x.id, { state: 'queued' }); });
    fillEvents(load(EVENTS_KEY, [])); // the list seen last, so that the draft's choice can be restored
    restoreDraft();
    $('report-form').addEventListener('submit', save);
    // Every change is saved at once (no unload handler: a killed page runs none).
    $('report-form').addEventListener('input', saveDraft);
    $('report-form').addEventListener('change', function (ev) { if (ev.target.id !== 'photos') saveDraft(); });
    $('photos').addEventListener('change', addPhotos);
    $('discard-draft').addEventListener('click', discardDraft);
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
  window.dimingReport = { outbox: outbox, flush: flush, uuid: uuid, getPhoto: getPhoto,
                          written: S.written,
                          keys: { outbox: OUTBOX_KEY, token: TOKEN_KEY, draft: DRAFT_KEY } };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
