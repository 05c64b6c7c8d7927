/* Search costs nothing until it is used.
   Material for MkDocs asks for the search index as soon as a page loads (one XMLHttpRequest for
   <base>/search/search_index.json, started by its bundle). This script runs before the bundle and holds
   that one request back until the reader opens search: focus in the search field (a click, a tap on the
   search icon, the keys f, s or /, a ?q= link) or the search toggle switched on. The request then goes to
   the versioned copy of the index that the build names in __config as `search_index`, which the browser
   may keep for a year, so other pages of the same part reuse it. Nothing else of Material is changed. */
(function () {
  "use strict";
  var element = document.getElementById("__config");
  var config;
  try {
    config = JSON.parse(element.textContent);
  } catch (err) {
    return; /* no config: leave Material as it is */
  }
  if (!config.search_index || typeof XMLHttpRequest === "undefined") return;

  var base = new URL(config.base || ".", location.href);
  var plain = new URL("search/search_index.json", base).href;
  var versioned = new URL(config.search_index, base).href;
  var held = [];
  var wanted = false;
  var index = typeof WeakSet === "function" ? new WeakSet() : null;
  if (!index) return;

  function want() {
    if (wanted) return;
    wanted = true;
    held.splice(0).forEach(function (send) { send(); });
  }

  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    var args = Array.prototype.slice.call(arguments);
    if (String(url) === plain) {
      args[1] = versioned;
      index.add(this);
    }
    return open.apply(this, args);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this;
    var args = arguments;
    if (!wanted && index.has(request)) {
      held.push(function () { send.apply(request, args); });
      return;
    }
    return send.apply(request, args);
  };

  document.addEventListener("focusin", function (ev) {
    var target = ev.target;
    if (target && target.getAttribute && target.getAttribute("data-md-component") === "search-query") want();
  }, true);
  document.addEventListener("change", function (ev) {
    var target = ev.target;
    if (target && target.id === "__search" && target.checked) want();
  }, true);
})();
