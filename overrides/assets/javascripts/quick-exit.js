/* Quick exit: blank the page at once and replace it with a neutral site, so Back does not return here.
   Also fires on Shift pressed three times within five seconds (GOV.UK's "Exit this page" pattern).
   Without JavaScript the control is an ordinary link to the same neutral site. */
(function () {
  "use strict";
  var PRESSES_NEEDED = 3;
  var WINDOW_MS = 5000;
  var presses = 0;
  var timer = null;

  function control() { return document.querySelector("a[data-quick-exit]"); }
  function status() { return document.querySelector("[data-quick-exit-status]"); }
  function say(text) { var el = status(); if (el) el.textContent = text || ""; }

  function leave(url) {
    document.documentElement.classList.add("quick-exit--active");
    document.title = "";
    window.location.replace(url);
  }

  document.addEventListener("click", function (ev) {
    var link = ev.target && ev.target.closest ? ev.target.closest("a[data-quick-exit]") : null;
    if (!link || ev.button !== 0 || ev.metaKey || ev.ctrlKey) return;
    ev.preventDefault();
    leave(link.href);
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "Shift" || ev.repeat) return;
    var link = control();
    if (!link) return;
    presses += 1;
    clearTimeout(timer);
    if (presses >= PRESSES_NEEDED) {
      say(link.getAttribute("data-leaving"));
      leave(link.href);
      return;
    }
    say(link.getAttribute(presses === 1 ? "data-pressed-one" : "data-pressed-two"));
    timer = setTimeout(function () {
      presses = 0;
      say(link.getAttribute("data-timeout"));
    }, WINDOW_MS);
  });

  /* Coming back through the browser's page cache must not show a blank page. */
  window.addEventListener("pageshow", function (ev) {
    if (ev.persisted) {
      document.documentElement.classList.remove("quick-exit--active");
      presses = 0;
      say("");
    }
  });
})();
