/* The field form's storage, for maps/report/form.js (plain script, loaded before it): values in
 * localStorage, each mirrored into IndexedDB, and photos as Blobs in IndexedDB. Chromium writes
 * localStorage to disk seconds after setItem, so a browser killed at once (a phone ending the
 * app) loses the last writes; an IndexedDB transaction is written when it completes. Every value
 * is therefore written to both, with the time it was written, and reconcile() lets the newer copy
 * win when the page opens. Without IndexedDB (refused, or missing) localStorage alone is used,
 * photos as data URLs within a limit; without either, values live in this page's memory and
 * store() answers false so that the page can say so. */
(function () {
  'use strict';

  var memory = {}; // storage blocked (private mode): keep going in memory, and say so

  function load(key, fallback) {
    if (key in memory) return memory[key]; // its last write was refused: this copy is newer
    try {
      var text = window.localStorage.getItem(key);
      return text === null ? fallback : JSON.parse(text);
    } catch (e) {
      return key in memory ? memory[key] : fallback;
    }
  }

  var STAMP = 'diming.report.at.'; // when each value was written (ms), to compare with its mirror
  var lastAt = 0;
  var lastMirror = Promise.resolve(false);

  function stamp() { lastAt = Math.max(Date.now(), lastAt + 1); return lastAt; }

  /** Writes a value: localStorage (false when the browser refuses it: kept in memory) and its
   * IndexedDB mirror (lastMirror resolves true once that is written). */
  function store(key, value) {
    var at = stamp(), ok;
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
      window.localStorage.setItem(STAMP + key, String(at));
      delete memory[key];
      ok = true;
    } catch (e) {
      memory[key] = value;
      ok = false;
    }
    lastMirror = mirror(key, value, at);
    return ok;
  }

  function forget(key) {
    var at = stamp();
    try {
      window.localStorage.removeItem(key);
      window.localStorage.setItem(STAMP + key, String(at));
    } catch (e) { /* blocked */ }
    delete memory[key];
    lastMirror = mirror(key, null, at);
  }

  function mirror(key, value, at) {
    return idb(KV_STORE, 'readwrite', function (s) { return s.put({ key: key, value: value, at: at }); })
      .then(function () { return true; }, function () { return false; });
  }

  /** On opening: a mirrored value newer than localStorage's (its write was lost to a kill) wins. */
  function reconcile() {
    var read = idb(KV_STORE, 'readonly', function (s) { return s.getAll(); });
    var late = new Promise(function (resolve) { setTimeout(function () { resolve([]); }, 2000); });
    return Promise.race([read, late]).then(function (records) {
      (records || []).forEach(function (r) {
        var localAt = 0;
        try { localAt = Number(window.localStorage.getItem(STAMP + r.key) || 0); } catch (e) { /* blocked */ }
        lastAt = Math.max(lastAt, r.at);
        if (r.at <= localAt) return;
        try {
          if (r.value === null) window.localStorage.removeItem(r.key);
          else window.localStorage.setItem(r.key, JSON.stringify(r.value));
          window.localStorage.setItem(STAMP + r.key, String(r.at));
        } catch (e) {
          if (r.value === null) delete memory[r.key]; else memory[r.key] = r.value;
        }
      });
    }, function () { /* no IndexedDB: localStorage alone */ });
  }

  // ---- photos: kept in IndexedDB (Blobs), else as data URLs in localStorage within a limit -----

  var PHOTO_DB = 'diming-report', PHOTO_STORE = 'photos', KV_STORE = 'values', PHOTO_KEY = 'diming.report.photo.';
  var LOCAL_PHOTO_MAX = 1500000; // bytes of one photo kept in localStorage when IndexedDB is missing
  var photoDB = null;

  function openPhotos() {
    if (photoDB) return photoDB;
    photoDB = new Promise(function (resolve, reject) {
      if (!window.indexedDB) { reject(new Error('no IndexedDB')); return; }
      var req = window.indexedDB.open(PHOTO_DB, 1);
      req.onupgradeneeded = function () {
        req.result.createObjectStore(PHOTO_STORE, { keyPath: 'key' });
        req.result.createObjectStore(KV_STORE, { keyPath: 'key' });
      };
      req.onsuccess = function () { resolve(req.result); };
      req.onerror = function () { reject(req.error || new Error('IndexedDB refused')); };
      req.onblocked = function () { reject(new Error('IndexedDB blocked')); };
    });
    return photoDB;
  }

  function photoRequest(mode, act) { return idb(PHOTO_STORE, mode, act); }

  function idb(name, mode, act) {
    return openPhotos().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(name, mode), req = act(tx.objectStore(name));
        // Resolved once the transaction is durable in the browser, not when the request is queued.
        tx.oncomplete = function () { resolve(req.result); };
        tx.onerror = tx.onabort = function () { reject(tx.error || new Error('IndexedDB write failed')); };
      });
    });
  }

  function dataURL(blob) {
    return new Promise(function (resolve, reject) {
      var r = new FileReader();
      r.onload = function () { resolve(r.result); };
      r.onerror = function () { reject(r.error); };
      r.readAsDataURL(blob);
    });
  }

  function fromDataURL(url, type) {
    var bin = atob(url.slice(url.indexOf(',') + 1)), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new Blob([bytes], { type: type });
  }

  /** Keeps a photo; resolves to where ('indexeddb' or 'local'), rejects when the browser refuses both. */
  function putPhoto(record) {
    return photoRequest('readwrite', function (s) { return s.put(record); }).then(function () { return 'indexeddb'; }, function () {
      if (record.blob.size > LOCAL_PHOTO_MAX) throw new Error('too large for localStorage');
      return dataURL(record.blob).then(function (url) {
        window.localStorage.setItem(PHOTO_KEY + record.key, JSON.stringify({ name: record.name, type: record.type, data: url }));
        return 'local';
      });
    });
  }

  function getPhoto(key) {
    return photoRequest('readonly', function (s) { return s.get(key); }).catch(function () { return null; }).then(function (found) {
      if (found) return found;
      var text = null;
      try { text = window.localStorage.getItem(PHOTO_KEY + key); } catch (e) { /* blocked */ }
      if (!text) return null;
      var p = JSON.parse(text);
      return { key: key, name: p.name, type: p.type, blob: fromDataURL(p.data, p.type) };
    });
  }

  function deletePhoto(key) {
    try { window.localStorage.removeItem(PHOTO_KEY + key); } catch (e) { /* blocked */ }
    return photoRequest('readwrite', function (s) { return s.delete(key); }).catch(function () { /* gone already */ });
  }

  window.dimingStore = {
    load: load, store: store, forget: forget, reconcile: reconcile,
    // resolves true once the last value stored is in IndexedDB too (the copy a killed browser keeps)
    written: function () { return lastMirror; },
    putPhoto: putPhoto, getPhoto: getPhoto, deletePhoto: deletePhoto, dataURL: dataURL
  };
})();
