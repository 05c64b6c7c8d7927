/* Tables wider than the screen scroll inside themselves (Material wraps them in .md-typeset__scrollwrap).
   Such a region must be reachable and scrollable with the keyboard: give it a tab stop and name it by the
   heading above it. Tables that fit get no extra tab stop. */
(function () {
  "use strict";
  function headingBefore(el) {
    for (var e = el.previousElementSibling; e; e = e.previousElementSibling) {
      if (/^H[1-6]$/.test(e.tagName) && e.id) return e;
    }
    return null;
  }
  function mark() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (el) {
      if (el.scrollWidth > el.clientWidth + 1) {
        el.tabIndex = 0;
        var heading = headingBefore(el);
        if (heading) { el.setAttribute("role", "region"); el.setAttribute("aria-labelledby", heading.id); }
      } else {
        el.removeAttribute("tabindex"); el.removeAttribute("role"); el.removeAttribute("aria-labelledby");
      }
    });
  }
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(mark);
  else mark();
  window.addEventListener("resize", mark);
})();
