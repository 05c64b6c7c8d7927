/* Quick exit: blank the page at once and replace it with a neutral site, so Back does not return here.
   Also fires on Shift pressed three times within five seconds (GOV.UK's "Exit this page" pattern): Shift
   pressed while typing in a field never counts, and any other key starts the count again.
   On pages for people who seek help (audience avhoppare, anhoriga or unga) links within the site replace
   the current history entry instead of adding one, so the whole visit is one entry that quick exit then
   replaces: Back after quick exit leads to where the reader came from, not to this site. Pages only for
   professionals keep normal Back. Without JavaScript the control is an ordinary link to the neutral site. */
(function () {
  "use strict";
  var PRESSES_NEEDED = 3;
  var WINDOW_MS = 5000;
  var HELP_SEEKERS = ["avhoppare", "anhoriga", "unga"];
  var NOT_TYPING = ["button", "checkbox", "color", "file", "image", "radio", "range", "reset", "submit"];
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

  function forHelpSeekers() {
    var el = document.querySelector("[data-audience]");
    var audience = el ? (el.getAttribute("data-audience") || "").split(/\s+/) : [];
    return HELP_SEEKERS.some(function (a) { return audience.indexOf(a) !== -1; });
  }

  function isTyping(target) {
    if (!target || target.nodeType !== 1) return false;
    if (target.isContentEditable) return true;
    var tag = target.tagName;
    if (tag === "TEXTAREA") return true;
    return tag === "INPUT" && NOT_TYPING.indexOf((target.type || "text").toLowerCase()) === -1;
  }

  function reset() {
    clearTimeout(timer);
    timer = null;
    if (presses > 0) say("");
    presses = 0;
  }

  /* A link within this site that the browser would open in this tab. */
  function sameSiteLink(ev) {
    var link = ev.target && ev.target.closest ? ev.target.closest("a[href]") : null;
    if (!link || link.hasAttribute("data-quick-exit") || link.hasAttribute("download")) return null;
    if (link.target && link.target !== "_self") return null;
    if (ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return null;
    if (link.origin !== window.location.origin || !/^https?:$/.test(link.protocol)) return null;
    return link;
  }

  /* In the capture phase, before the theme's own handlers: Material takes clicks on links into another
     language (it looks the page up in that language's sitemap and then adds a history entry), which would
     leave this page in Back after a quick exit. */
  document.addEventListener("click", function (ev) {
    if (ev.defaultPrevented) return;
    var exit = ev.target && ev.target.closest ? ev.target.closest("a[data-quick-exit]") : null;
    if (exit) {
      if (ev.button !== 0 || ev.metaKey || ev.ctrlKey) return;
      ev.preventDefault();
      ev.stopPropagation();
      leave(exit.href);
      return;
    }
    var link = forHelpSeekers() ? sameSiteLink(ev) : null;
    if (!link) return;
    ev.preventDefault();
    ev.stopPropagation();
    window.location.replace(link.href);
  }, true);

  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "Shift" || isTyping(ev.target)) {
      reset();
      return;
    }
    if (ev.repeat) return;
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
