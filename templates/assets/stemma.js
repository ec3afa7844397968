/* Stemma: progressive enhancement only; every page works without this script. */
(function () {
  "use strict";
  // Highlight the paragraph a link points at, including anchors of merged paragraphs (#p4 inside #p2).
  function highlight() {
    document.querySelectorAll(".para.targeted").forEach(function (el) { el.classList.remove("targeted"); });
    if (!location.hash) return;
    var el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!el) return;
    var para = el.closest(".para");
    if (para) para.classList.add("targeted");
  }

  // Note markers open their footnote in a small dialog; without the script they jump to the list below.
  var open = null;
  function closeNote(returnFocus) {
    if (!open) return;
    var o = open;
    open = null;
    o.box.remove();
    o.link.setAttribute("aria-expanded", "false");
    if (returnFocus) o.link.focus();
  }
  function openNote(link) {
    var id = link.getAttribute("href").slice(1);
    var li = document.getElementById(id);
    if (!li) return false;
    closeNote(false);
    var box = document.createElement("div");
    box.className = "note-pop";
    box.id = "pop-" + id;
    box.setAttribute("role", "dialog");
    box.setAttribute("aria-label", (document.body.dataset.noteLabel || "Note") + " " + link.textContent.trim());
    box.tabIndex = -1;
    var body = document.createElement("div");
    body.className = "note-pop-body";
    li.childNodes.forEach(function (n) {
      if (!(n.classList && n.classList.contains("backref"))) body.appendChild(n.cloneNode(true));
    });
    var close = document.createElement("button");
    close.type = "button";
    close.className = "note-pop-close";
    close.textContent = "×";
    close.setAttribute("aria-label", document.body.dataset.closeLabel || "Close");
    close.addEventListener("click", function () { closeNote(true); });
    box.appendChild(close);
    box.appendChild(body);
    link.closest(".note-ref").after(box);
    link.setAttribute("aria-expanded", "true");
    link.setAttribute("aria-controls", box.id);
    open = { link: link, box: box };
    box.focus();
    return true;
  }
  function notes() {
    document.querySelectorAll("sup.note-ref a").forEach(function (a) {
      a.setAttribute("aria-expanded", "false");
      a.setAttribute("aria-haspopup", "dialog");
      a.addEventListener("click", function (e) {
        if (open && open.link === a) { e.preventDefault(); closeNote(true); return; }
        if (openNote(a)) e.preventDefault();
      });
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && open) { e.preventDefault(); closeNote(true); }
    });
    document.addEventListener("click", function (e) {
      if (open && !open.box.contains(e.target) && !open.link.contains(e.target)) closeNote(false);
    });
  }

  // One switch opens or closes every word-level comparison on a reading page.
  function apparatus() {
    var all = document.querySelectorAll("details.apparatus");
    var summary = document.getElementById("apparatus");
    if (!all.length || !summary) return;
    var label = document.createElement("label");
    label.className = "diff-toggle";
    var box = document.createElement("input");
    box.type = "checkbox";
    box.id = "show-diffs";
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + (document.body.dataset.showDiffs || "Show all differences")));
    box.addEventListener("change", function () {
      document.body.classList.toggle("diffs-inline", box.checked);
      all.forEach(function (d) { d.open = box.checked; });
    });
    summary.after(label);
  }

  // Parallel view: the reader picks the columns; the choice is remembered on this device.
  function columns() {
    var set = document.getElementById("column-choice");
    if (!set) return;
    var key = "stemma.columns." + location.pathname.split("/").slice(-2).join("/");
    var hidden = [];
    try { hidden = JSON.parse(localStorage.getItem(key) || "[]"); } catch (e) { hidden = []; }
    var boxes = set.querySelectorAll("input[type=checkbox]");
    function apply() {
      hidden = [];
      boxes.forEach(function (b) { if (!b.checked) hidden.push(b.value); });
      document.querySelectorAll("table.synopsis [data-witness]").forEach(function (c) {
        c.classList.toggle("col-hidden", hidden.indexOf(c.dataset.witness) >= 0);
      });
      try { localStorage.setItem(key, JSON.stringify(hidden)); } catch (e) { /* storage may be off */ }
    }
    boxes.forEach(function (b) {
      b.checked = hidden.indexOf(b.value) < 0;
      b.addEventListener("change", apply);
    });
    set.hidden = false;
    apply();
  }

  window.addEventListener("hashchange", highlight);
  document.addEventListener("DOMContentLoaded", function () {
    highlight();
    notes();
    apparatus();
    columns();
  });
})();
