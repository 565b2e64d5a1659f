// Corridor scanning at the desk, boarding and reception: progressive enhancement.
// Without JavaScript every token field is a plain text field (type the token, or use a
// keyboard-wedge scanner, which types it and presses Enter). With JavaScript:
//  - a camera button next to each [data-scan] field reads a QR or Code 128 code with the
//    browser's BarcodeDetector, or, where the browser has none, with the barcode-detector
//    polyfill (ZXing C++ in WebAssembly) installed by scripts/install-scanner into /static/vendor;
//  - in the household form, Enter after a token (a wedge scanner's scan) moves to the next
//    member instead of submitting; Enter on an empty token field submits;
//  - the desk's choices (age, sex, triage of the head and of members, site, trip) are sticky:
//    kept in this browser and offered again for the next household.
(function () {
  "use strict";
  var STORE = "corridor-desk";
  var TOKEN = /^[a-z0-9]{1,8}-[a-z0-9]{6,9}-[a-z0-9]$/i;
  var form = document.getElementById("household-form");

  function tidy(input) {
    var v = input.value.trim();
    if (TOKEN.test(v)) { v = v.toUpperCase(); }
    input.value = v;
    return v;
  }

  function remembered() {
    try { return JSON.parse(localStorage.getItem(STORE) || "{}"); } catch (e) { return {}; }
  }
  function remember(key, value) {
    var all = remembered();
    all[key] = value;
    try { localStorage.setItem(STORE, JSON.stringify(all)); } catch (e) { /* private mode */ }
  }

  // --- the household form ------------------------------------------------------------------
  function rows() { return form ? Array.prototype.slice.call(form.querySelectorAll("fieldset.member")) : []; }
  function tokenOf(row) { return row.querySelector("input[data-scan]"); }
  function count() {
    var n = rows().filter(function (r) { return tokenOf(r).value.trim() !== ""; }).length;
    var out = document.getElementById("household-count");
    if (out) {
      out.textContent = n === 0 ? "" : n === 1 ? out.getAttribute("data-one") : out.getAttribute("data-many").replace("%(n)s", n);
      out.setAttribute("data-n", n);
    }
    return n;
  }
  function next(row) {
    var all = rows();
    var after = all[all.indexOf(row) + 1];
    if (!after) { return null; }
    after.hidden = false;
    return tokenOf(after);
  }
  function advance(input) {
    var row = input.closest("fieldset.member");
    count();
    var following = row ? next(row) : null;
    if (following) { following.focus(); }
  }

  if (form) {
    // Rows past the first empty one stay out of the way until a token is scanned.
    var all = rows();
    all.forEach(function (row, i) {
      if (i > 0) { row.hidden = tokenOf(all[i - 1]).value.trim() === "" && tokenOf(row).value.trim() === ""; }
    });
    var saved = remembered();
    if (!document.getElementById("confirm-form")) {
      all.forEach(function (row, i) {
        ["age", "sex", "triage"].forEach(function (dim) {
          var value = saved[(i === 0 ? "head-" : "member-") + dim];
          var select = row.querySelector("select[name=" + dim + "_" + i + "]");
          if (value && select && select.querySelector("option[value='" + value + "']")) { select.value = value; }
        });
      });
    }
    form.addEventListener("change", function (e) {
      var m = /^(age|sex|triage)_(\d+)$/.exec(e.target.name || "");
      if (m) { remember((m[2] === "0" ? "head-" : "member-") + m[1], e.target.value); }
    });
    form.addEventListener("keydown", function (e) {
      if (e.key !== "Enter" || !e.target.matches("fieldset.member input[data-scan]")) { return; }
      if (tidy(e.target) === "") { return; }  // Enter on an empty token: submit as usual
      e.preventDefault();
      advance(e.target);
    });
    form.addEventListener("input", function (e) {
      var row = e.target.closest("fieldset.member");
      if (row && e.target === tokenOf(row) && e.target.value.trim() !== "") { next(row); }
      count();
    });
    form.addEventListener("submit", function () {
      rows().forEach(function (r) { tidy(tokenOf(r)); });
    });
    count();
  }

  // --- reception: the waiting count a tally replaces, for the chosen site -----------------------
  var tally = document.getElementById("count-form");
  var replaces = document.getElementById("replaces");
  if (tally && replaces) {
    var showReplaced = function () {
      var site = tally.querySelector("[name=site_id]").value;
      var waiting = tally.querySelector("[name=stage]").value === "waiting";
      var any = false;
      replaces.querySelectorAll("li[data-site]").forEach(function (li) {
        li.hidden = li.getAttribute("data-site") !== site;
        any = any || !li.hidden;
      });
      replaces.hidden = !(waiting && any);
    };
    tally.addEventListener("change", showReplaced);
    showReplaced();
  }

  // --- camera scanning -------------------------------------------------------------------------
  var detector = null;
  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = src; s.onload = resolve; s.onerror = reject;
      document.head.appendChild(s);
    });
  }
  function getDetector() {
    if (detector) { return Promise.resolve(detector); }
    var formats = ["qr_code", "code_128"];
    if ("BarcodeDetector" in window) {
      detector = new window.BarcodeDetector({ formats: formats });
      return Promise.resolve(detector);
    }
    return loadScript("/static/vendor/barcode-detector.js").then(function () {
      var api = window.BarcodeDetectionAPI;
      api.prepareZXingModule({
        overrides: {
          locateFile: function (path, prefix) {
            return path.endsWith(".wasm") ? "/static/vendor/" + path : prefix + path;
          }
        }
      });
      detector = new api.BarcodeDetector({ formats: formats });
      return detector;
    });
  }

  function scan(input) {
    var box = document.createElement("div");
    box.className = "scanner";
    box.setAttribute("role", "dialog");
    var video = document.createElement("video");
    video.setAttribute("playsinline", ""); video.muted = true;
    var note = document.createElement("p");
    note.textContent = input.closest("label") ? input.closest("label").firstChild.textContent.trim() : "";
    var stop = document.createElement("button");
    stop.type = "button"; stop.textContent = "\u2715"; stop.setAttribute("aria-label", "close");
    box.append(video, note, stop);
    document.body.appendChild(box);
    var stream = null, done = false, last = "";
    function close() {
      done = true;
      if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); }
      box.remove();
      input.focus();
    }
    stop.addEventListener("click", close);
    var target = input;
    function found(text) {
      if (!text || text === last) { return; }
      last = text;
      if (target.tagName === "TEXTAREA") {
        if (target.value.split(/\s+/).indexOf(text) < 0) { target.value = (target.value.trim() + "\n" + text).trim() + "\n"; }
        note.textContent = text;
        return;  // reception: keep scanning the bus
      }
      target.value = text;
      tidy(target);
      if (navigator.vibrate) { navigator.vibrate(60); }
      note.textContent = text;
      if (form && form.contains(target)) {
        count();
        var row = target.closest("fieldset.member");
        var following = row ? next(row) : null;
        if (following) { target = following; return; }  // keep scanning the household
      }
      close();
    }
    Promise.all([
      getDetector(),
      navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false })
    ]).then(function (got) {
      stream = got[1];
      video.srcObject = stream;
      return video.play().then(function () {
        function tick() {
          if (done) { return; }
          got[0].detect(video).then(function (codes) {
            if (codes.length) { found(codes[0].rawValue); }
          }).catch(function () { /* a frame not ready yet */ }).finally(function () {
            if (!done) { setTimeout(tick, 150); }
          });
        }
        tick();
      });
    }).catch(function (err) {
      note.textContent = String(err && err.message || err);
    });
  }

  if (navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
    document.querySelectorAll("[data-scan]").forEach(function (input) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "scan-button";
      button.textContent = "\u{1F4F7}";
      button.title = document.documentElement.lang === "ar" ? "\u0645\u0633\u062d" : "Scan";
      button.setAttribute("aria-label", button.title);
      button.addEventListener("click", function () { scan(input); });
      var wrap = document.createElement("span");
      wrap.className = "scan-row";
      input.parentNode.insertBefore(wrap, input);
      wrap.append(input, button);
    });
  }
})();
