/* Stemma offline search over window.STEMMA_SEARCH (assets/search-index.js, format stemma-search/2,
   described in org.stemma.export.SearchIndex). Folding must match org.stemma.export.Fold. Builds
   results with createElement/textContent only: texts are untrusted. */
(function () {
  "use strict";
  var WORD = /[\p{L}\p{M}\p{N}]+/gu;
  var MAX_GROUPS = 40;

  function fold(s) {
    return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()
      .replace(/đ/g, "d").replace(/ё/g, "е").replace(/ς/g, "σ");
  }

  /* A term's documents: base-32 numbers in the base64url alphabet, digits from its first half
     followed by more, one from its second half ending a number; the first document, then gaps
     (org.stemma.export.SearchTerms). Decoded only for the terms a query reaches. */
  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", VALUE = [];
  for (var v = 0; v < 64; v++) VALUE[DIGITS.charCodeAt(v)] = v;

  function postings(code) {
    var out = [], doc = 0, n = 0;
    for (var i = 0; i < code.length; i++) {
      var d = VALUE[code.charCodeAt(i)];
      n = n * 32 + (d & 31);
      if (d >= 32) { doc += n; out.push(doc); n = 0; }
    }
    return out;
  }

  /** Where a document's result links to, from the root, and who says it. */
  function place(index, doc) {
    var page = index.pages[doc[1]];
    return page[1] ? { href: page[0] + "#" + doc[2], witness: page[1], note: null, lang: page[2] }
      : { href: page[0] + "#n-" + doc[2], witness: null, note: doc[2], lang: doc[4] };
  }

  function words(s) {
    var out = [];
    (s.match(WORD) || []).forEach(function (w) { var f = fold(w); if (f) out.push(f); });
    return out;
  }

  /** Documents holding a word that starts with every query word (terms are sorted: binary search). */
  function find(index, qwords) {
    var result = null;
    qwords.forEach(function (q) {
      var terms = index.terms, lo = 0, hi = terms.length;
      while (lo < hi) { var mid = (lo + hi) >> 1; if (terms[mid] < q) lo = mid + 1; else hi = mid; }
      var hits = {};
      for (var i = lo; i < terms.length && terms[i].lastIndexOf(q, 0) === 0; i++) {
        postings(index.postings[i]).forEach(function (d) { hits[d] = true; });
      }
      if (result === null) result = hits;
      else Object.keys(result).forEach(function (d) { if (!hits[d]) delete result[d]; });
    });
    return Object.keys(result || {}).map(Number).sort(function (a, b) { return a - b; });
  }

  /** A snippet around the first match, matching words in <mark>. */
  function snippet(text, qwords) {
    var parts = [], last = 0, first = -1, m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      var f = fold(m[0]);
      if (qwords.some(function (q) { return f.lastIndexOf(q, 0) === 0; })) {
        if (first < 0) first = m.index;
        parts.push([last, m.index, false], [m.index, m.index + m[0].length, true]);
        last = m.index + m[0].length;
      }
    }
    parts.push([last, text.length, false]);
    var from = Math.max(0, first - 60), to = Math.min(text.length, from + 240);
    var span = document.createElement("span");
    if (from > 0) span.appendChild(document.createTextNode("…"));
    parts.forEach(function (p) {
      var a = Math.max(p[0], from), b = Math.min(p[1], to);
      if (a >= b) return;
      var piece = text.slice(a, b);
      if (p[2]) { var mark = document.createElement("mark"); mark.textContent = piece; span.appendChild(mark); }
      else span.appendChild(document.createTextNode(piece));
    });
    if (to < text.length) span.appendChild(document.createTextNode("…"));
    return span;
  }

  function show(box, index, query) {
    var out = document.getElementById("stemma-results");
    while (out.firstChild) out.removeChild(out.firstChild);
    var qwords = words(query);
    if (!qwords.length) return;
    var hits = find(index, qwords);
    var status = document.createElement("p");
    status.textContent = hits.length ? box.dataset.count.replace("{n}", String(hits.length)) : box.dataset.none;
    out.appendChild(status);
    var lists = {}, shown = 0;
    hits.forEach(function (d) {
      var doc = index.docs[d], g = doc[0];
      if (!lists[g]) {
        if (shown >= MAX_GROUPS) return;
        shown++;
        var group = index.groups[g], section = document.createElement("section");
        var h = document.createElement("h2");
        h.textContent = index.works[group[0]] + " · " + (group[1] ? box.dataset.unit.replace("{unit}", group[1]) : box.dataset.other);
        section.appendChild(h);
        lists[g] = document.createElement("ul");
        section.appendChild(lists[g]);
        out.appendChild(section);
      }
      var li = document.createElement("li"), a = document.createElement("a"), at = place(index, doc);
      a.href = box.dataset.root + at.href;
      a.textContent = at.note === null ? at.witness : box.dataset.note + " " + at.note;
      li.appendChild(a);
      li.appendChild(document.createTextNode(" "));
      var text = snippet(doc[3], qwords);
      text.lang = at.lang;
      li.appendChild(text);
      lists[g].appendChild(li);
    });
  }

  function start() {
    var box = document.getElementById("stemma-search");
    if (!box || !box.dataset.index) return;
    var input = document.getElementById("stemma-q"), index = null, requested = false;
    box.hidden = false;
    function run() { if (index) show(box, index, input.value); }
    // The index holds every paragraph of the edition (megabytes for a large one), so a page loads
    // it only once its reader turns to the search box; as a classic script, since file:// allows no fetch.
    function load() {
      if (requested) return;
      requested = true;
      box.setAttribute("aria-busy", "true");
      var script = document.createElement("script");
      script.src = box.dataset.index;
      script.onload = function () {
        index = window.STEMMA_SEARCH || null;
        box.removeAttribute("aria-busy");
        run();
      };
      script.onerror = function () { box.removeAttribute("aria-busy"); requested = false; };
      document.head.appendChild(script);
    }
    input.addEventListener("focus", load);
    input.addEventListener("input", function () { load(); run(); });
    if (input.value) load();
  }

  if (typeof document !== "undefined") document.addEventListener("DOMContentLoaded", start);
  if (typeof module !== "undefined") module.exports = { fold: fold, words: words, find: find, postings: postings, place: place };
})();
