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
  window.addEventListener("hashchange", highlight);
  document.addEventListener("DOMContentLoaded", highlight);
})();
