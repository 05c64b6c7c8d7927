/* Safety bar: publish its measured height as --safety-bar-block-size, so the phone search panel and the
   menu drawer start below it (its height changes with language, wrapping and zoom). Without JavaScript
   the CSS falls back to the bar's one-line height; search needs JavaScript anyway. */
(function () {
  "use strict";
  var bar = document.querySelector(".safety-bar");
  if (!bar) return;
  var root = document.documentElement;
  function publish() {
    root.style.setProperty("--safety-bar-block-size", bar.getBoundingClientRect().height + "px");
  }
  publish();
  if (window.ResizeObserver) new ResizeObserver(publish).observe(bar);
  else window.addEventListener("resize", publish);
})();
