/* The documents page: lists the activity's documents by kind and uploads files over tus (resumable), with the page's
   CSRF token and the Tasklist session. No framework, no build step. */
(function () {
  'use strict';
  var root = document.getElementById('dokumen');
  var number = root.getAttribute('data-kegiatan');
  var csrf = root.getAttribute('data-csrf');
  var CHUNK = 8 * 1024 * 1024;
  var HASH_SLICE = 4 * 1024 * 1024;
  var TUS = {'Tus-Resumable': '1.0.0', 'X-ASIEK-CSRF': csrf};
  var CUT = 'Koneksi ke server terputus';

  function headers(extra) {
    var all = {};
    Object.keys(TUS).forEach(function (k) { all[k] = TUS[k]; });
    Object.keys(extra || {}).forEach(function (k) { all[k] = extra[k]; });
    return all;
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function b64(text) {
    return btoa(unescape(encodeURIComponent(text)));
  }

  function sentence(response) {
    return response.json().then(function (problem) { return problem.detail || ('Galat ' + response.status); },
      function () { return 'Galat ' + response.status; });
  }

  // fetch rejects only when no answer came at all (network down, server unreachable); its own message is English
  function call(url, options) {
    return fetch(url, options).catch(function () { throw new Error(CUT); });
  }

  function refused(message) {
    var e = new Error(message);
    e.final = true;
    return e;
  }

  // --- the list ---------------------------------------------------------------------------------------------------

  function showList() {
    return call('/api/kegiatan/' + encodeURIComponent(number) + '/dokumen', {headers: {'X-ASIEK-CSRF': csrf}, credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.json() : sentence(r).then(function (m) { throw new Error(m); }); })
      .then(render, function (e) { document.getElementById('kosong').textContent = e.message; });
  }

  // A name without spaces ("surat_permohonan_sdn1_2026.pdf") may break after "_", "-" or "." before anywhere else.
  function breakable(name) {
    var span = el('span', {'class': 'nama-berkas'});
    var piece = '';
    for (var i = 0; i < name.length; i++) {
      piece += name.charAt(i);
      if ('_-.'.indexOf(name.charAt(i)) >= 0 && i < name.length - 1) {
        span.appendChild(document.createTextNode(piece));
        span.appendChild(el('wbr'));
        piece = '';
      }
    }
    span.appendChild(document.createTextNode(piece));
    return span;
  }

  function cell(className, label, content) {
    var td = el('td', {'class': className, 'data-label': label});
    td.appendChild(typeof content === 'string' ? document.createTextNode(content) : content);
    return td;
  }

  function render(documents) {
    var list = document.getElementById('daftar');
    list.textContent = '';
    document.getElementById('kosong').textContent = documents.length ? '' : 'Belum ada dokumen.';
    var byKind = {};
    documents.forEach(function (d) { (byKind[d.jenisLabel] = byKind[d.jenisLabel] || []).push(d); });
    Object.keys(byKind).forEach(function (label) {
      var kind = byKind[label][0].jenis;
      var section = el('section', {'class': 'jenis', 'data-jenis': kind});
      section.appendChild(el('h3', {id: 'jenis-' + kind}, label + ' (' + byKind[label].length + ')'));
      var table = el('table', {'class': 'berkas susun', 'aria-labelledby': 'jenis-' + kind});
      var head = table.appendChild(el('thead')).appendChild(el('tr'));
      [['nama', 'Nama berkas'], ['angka', 'Ukuran'], ['sempit', 'Diunggah oleh'], ['sempit', 'Waktu unggah'], ['sempit', 'SHA-256']]
        .forEach(function (column) { head.appendChild(el('th', {scope: 'col', 'class': column[0]}, column[1])); });
      var body = table.appendChild(el('tbody'));
      byKind[label].forEach(function (d) {
        var row = el('tr', {'data-id': d.id});
        var link = el('a', {href: d.tautan, target: '_blank', rel: 'noopener'});
        if (d.gambarKecil) {
          link.appendChild(el('img', {src: d.gambarKecil, alt: d.namaBerkas, 'class': 'gambar-kecil', loading: 'lazy'}));
        }
        link.appendChild(breakable(d.namaBerkas));
        var name = el('td', {'class': 'nama'});
        name.appendChild(link);
        row.appendChild(name);
        row.appendChild(cell('angka', 'Ukuran', d.ukuranTeks));
        row.appendChild(cell('sempit', 'Diunggah oleh', d.diunggahOleh));
        row.appendChild(cell('sempit', 'Waktu unggah', el('time', {datetime: d.diunggahPada}, new Date(d.diunggahPada)
          .toLocaleString('id-ID', {timeZone: 'Asia/Jakarta', dateStyle: 'medium', timeStyle: 'short'}) + ' WIB')));
        row.appendChild(cell('sempit', 'SHA-256', el('code', {title: d.sha256}, d.sha256.slice(0, 12) + '…')));
        body.appendChild(row);
      });
      section.appendChild(table);
      list.appendChild(section);
    });
  }

  // --- uploading --------------------------------------------------------------------------------------------------

  function row(file, kindLabel) {
    var item = el('li');
    item.appendChild(el('span', {'class': 'nama'}, file.name + ' · ' + kindLabel));
    var bar = el('progress', {max: '100', value: '0', 'aria-label': 'Unggahan ' + file.name});
    var status = el('span', {'class': 'catatan'}, 'Menunggu …');
    item.appendChild(bar);
    item.appendChild(status);
    document.getElementById('antrean').appendChild(item);
    return {
      progress: function (fraction, text) { bar.value = Math.floor(fraction * 100); status.textContent = text; },
      done: function (text) {
        bar.value = 100;
        status.textContent = text;
        item.className = 'selesai';
        document.getElementById('pengumuman').textContent = file.name + ': ' + text;
      },
      // Nothing was stored, whatever share of the bytes went out (a refusal by content comes after the last piece):
      // the bar is emptied and marked, the server's sentence takes the place of the progress text.
      failed: function (text) {
        bar.value = 0;
        item.className = 'gagal';
        item.replaceChild(el('span', {'class': 'galat', role: 'alert'}, 'Tidak tersimpan. ' + text), status);
      }
    };
  }

  function hash(file, show) {
    var sha = new window.AsiekSha256();
    var at = 0;
    function next() {
      if (at >= file.size) { return Promise.resolve(sha.hex()); }
      var end = Math.min(file.size, at + HASH_SLICE);
      return file.slice(at, end).arrayBuffer().then(function (buffer) {
        sha.update(new Uint8Array(buffer));
        at = end;
        show(at / file.size);
        return next();
      });
    }
    return next();
  }

  function create(file, kind, sha256) {
    var metadata = 'jenis ' + b64(kind) + ',filename ' + b64(file.name) + ',sha256 ' + b64(sha256);
    return call('/api/kegiatan/' + encodeURIComponent(number) + '/unggahan', {method: 'POST', credentials: 'same-origin',
      headers: headers({'Upload-Length': String(file.size), 'Upload-Metadata': metadata})})
      .then(function (r) {
        if (r.status === 201) { return r.headers.get('Location'); }
        return sentence(r).then(function (m) { throw refused(m); });
      });
  }

  function offsetOf(url) {
    return call(url, {method: 'HEAD', credentials: 'same-origin', headers: headers()}).then(function (r) {
      if (!r.ok) { return null; }
      return {offset: Number(r.headers.get('Upload-Offset')), document: r.headers.get('Asiek-Dokumen')};
    });
  }

  function patch(url, file, offset, show) {
    return new Promise(function (resolve, reject) {
      var end = Math.min(file.size, offset + CHUNK);
      var xhr = new XMLHttpRequest();
      xhr.open('PATCH', url);
      var h = headers({'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream'});
      Object.keys(h).forEach(function (k) { xhr.setRequestHeader(k, h[k]); });
      xhr.upload.onprogress = function (e) { show((offset + e.loaded) / file.size); };
      xhr.onload = function () {
        if (xhr.status === 204) {
          resolve({offset: Number(xhr.getResponseHeader('Upload-Offset')), document: xhr.getResponseHeader('Asiek-Dokumen')});
        } else {
          var detail;
          try { detail = JSON.parse(xhr.responseText).detail; } catch (ignored) { detail = 'Galat ' + xhr.status; }
          var e = new Error(detail);
          // a cut (409 after a lost answer, 423 while the server still writes, 5xx) is resumed; the rest is final
          e.final = xhr.status >= 400 && xhr.status < 500 && xhr.status !== 409 && xhr.status !== 423;
          reject(e);
        }
      };
      xhr.onerror = function () { reject(new Error(CUT)); };
      xhr.send(file.slice(offset, end));
    });
  }

  function wait(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  function send(url, file, start, shown) {
    var offset = start;
    var failures = 0;
    function step() {
      if (offset >= file.size) { return Promise.resolve(); }
      return patch(url, file, offset, function (f) { shown.progress(f, 'Mengunggah … ' + Math.floor(f * 100) + ' %'); })
        .then(function (answer) { offset = answer.offset; failures = 0; return step(); }, function (e) {
          if (e.final || ++failures > 20) { throw e; }
          return resume(e);
        });
    }
    // the bar falls back to what the server holds; a HEAD that finds no network either is one more failure, not the end
    function resume(e) {
      shown.progress(offset / file.size, e.message + '; dilanjutkan …');
      return wait(Math.min(30000, 1000 * failures)).then(function () { return offsetOf(url); }).then(function (known) {
        if (known === null) { throw refused('Unggahan tidak dapat dilanjutkan; pilih berkasnya lagi.'); }
        offset = known.offset;
        return step();
      }, function (cut) {
        if (++failures > 20) { throw cut; }
        return resume(cut);
      });
    }
    return step();
  }

  function upload(file, kind, kindLabel) {
    var shown = row(file, kindLabel);
    var key = 'asiek-unggahan:' + [number, kind, file.name, file.size, file.lastModified].join(':');
    var saved = localStorage.getItem(key);
    var resumed = saved ? offsetOf(saved) : Promise.resolve(null);
    return resumed.then(function (known) {
      if (known !== null && known.offset < file.size) {
        shown.progress(known.offset / file.size, 'Melanjutkan dari ' + Math.floor(100 * known.offset / file.size) + ' % …');
        return {url: saved, offset: known.offset};
      }
      return hash(file, function (f) { shown.progress(0, 'Menghitung SHA-256 … ' + Math.floor(f * 100) + ' %'); })
        .then(function (sha256) { return create(file, kind, sha256); })
        .then(function (url) { localStorage.setItem(key, url); return {url: url, offset: 0}; });
    }).then(function (at) { return send(at.url, file, at.offset, shown); })
      .then(function () {
        localStorage.removeItem(key);
        shown.done('Tersimpan, SHA-256 cocok.');
        return showList();
      }, function (e) {
        if (e.final) { localStorage.removeItem(key); }
        shown.failed(e.final ? e.message : e.message + '. Pilih berkas yang sama lagi untuk melanjutkan unggahan.');
      });
  }

  function enqueue(files) {
    var select = document.getElementById('jenis');
    var kind = select.value;
    var kindLabel = select.options[select.selectedIndex].textContent.replace(/ \(.*$/, '');
    var queue = Promise.resolve();
    Array.prototype.forEach.call(files, function (file) {
      queue = queue.then(function () { return upload(file, kind, kindLabel); });
    });
    return queue;
  }

  var area = document.getElementById('area-tarik');
  if (area) {
    var input = document.getElementById('berkas');
    input.addEventListener('change', function () { enqueue(input.files); input.value = ''; });
    ['dragenter', 'dragover'].forEach(function (type) {
      area.addEventListener(type, function (e) { e.preventDefault(); area.classList.add('aktif'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      area.addEventListener(type, function (e) { e.preventDefault(); area.classList.remove('aktif'); });
    });
    area.addEventListener('drop', function (e) { enqueue(e.dataTransfer.files); });
  }
  showList();
})();
