/* Search costs nothing until it is used.
   Material for MkDocs asks for <base>/search/search_index.json as soon as a page loads (one
   XMLHttpRequest from its bundle) and hands it to the search worker as SETUP; our worker
   (workers/search-pagefind.js) then loads Pagefind. This script runs before the bundle and holds that
   one request back until the reader opens search: focus in the search field (a click, a tap on the
   search icon, the keys f, s or /, a ?q= link) or the search toggle switched on. Material's own index is a
   few bytes (the build empties it); Pagefind's index is fetched in chunks only for what is typed.
   Material reads the field when a key is released. Text that arrives with no key (pasted, dictated, or
   from a phone's keyboard for Arabic or Persian script) is passed on as a key release, so it is searched. */
(function () {
  "use strict";
  var element = document.getElementById("__config");
  var config;
  try {
    config = JSON.parse(element.textContent);
  } catch (err) {
    return; /* no config: leave Material as it is */
  }
  if (!config.search || typeof XMLHttpRequest === "undefined" || typeof WeakSet !== "function") return;

  var index = new URL("search/search_index.json", new URL(config.base || ".", location.href)).href;
  var held = [];
  var wanted = false;
  var requests = new WeakSet();

  function want() {
    if (wanted) return;
    wanted = true;
    held.splice(0).forEach(function (send) { send(); });
  }

  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    if (String(url) === index) requests.add(this);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this;
    var args = arguments;
    if (!wanted && requests.has(request)) {
      held.push(function () { send.apply(request, args); });
      return;
    }
    return send.apply(request, args);
  };

  document.addEventListener("focusin", function (ev) {
    var target = ev.target;
    if (target && target.getAttribute && target.getAttribute("data-md-component") === "search-query") want();
  }, true);
  document.addEventListener("input", function (ev) {
    var target = ev.target;
    if (target && target.getAttribute && target.getAttribute("data-md-component") === "search-query" && !ev.isComposing) {
      target.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
    }
  }, true);
  document.addEventListener("change", function (ev) {
    var target = ev.target;
    if (target && target.id === "__search" && target.checked) want();
  }, true);
})();
