// Corridor live updates: progressive enhancement. Elements with data-src are refreshed from
// that URL every data-every seconds; without JavaScript the page is still complete.
(function () {
  "use strict";
  document.querySelectorAll("[data-src]").forEach(function (box) {
    var every = Math.max(2, parseInt(box.getAttribute("data-every"), 10) || 5) * 1000;
    function refresh() {
      fetch(box.getAttribute("data-src") + location.search, { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) {
          if (html !== null) { box.innerHTML = html; box.setAttribute("data-updated", Date.now()); }
        })
        .catch(function () { /* offline: keep the last figures */ })
        .finally(function () { setTimeout(refresh, every); });
    }
    setTimeout(refresh, every);
  });
})();
