/* Reader aids that need a script, in one small file: the municipality filter on county pages, and process
   map steps opened for printing. Each part does nothing on a page without its elements. */
(function () {
  "use strict";
  function norm(text) {
    return (text || "").toLocaleLowerCase("sv").replace(/\s+/g, " ").trim();
  }
  function setUp(box) {
    var target = box.getAttribute("data-municipality-filter");
    var input = box.querySelector("input");
    var status = box.querySelector("[role=status]");
    var lists = document.querySelectorAll('[data-municipality-list="' + target + '"]');
    if (!input || !lists.length) return;
    box.hidden = false;
    input.addEventListener("input", function () {
      var query = norm(input.value);
      var shown = 0;
      for (var i = 0; i < lists.length; i++) {
        var items = lists[i].querySelectorAll("li[data-municipality]");
        var inList = 0;
        for (var j = 0; j < items.length; j++) {
          var match = !query || norm(items[j].getAttribute("data-municipality")).indexOf(query) !== -1;
          items[j].hidden = !match;
          if (match) inList++;
        }
        shown += inList;
        lists[i].hidden = inList === 0;
        var heading = lists[i].previousElementSibling;
        if (heading && /^H[2-4]$/.test(heading.tagName) && lists.length > 1) heading.hidden = inList === 0;
      }
      if (!query) status.textContent = "";
      else if (!shown) status.textContent = input.getAttribute("data-status-none");
      else status.textContent = input.getAttribute("data-status-many").replace("{count}", String(shown));
    });
  }
  var boxes = document.querySelectorAll("[data-municipality-filter]");
  for (var k = 0; k < boxes.length; k++) setUp(boxes[k]);
})();

(function () {
  "use strict";
  var opened = [];
  window.addEventListener("beforeprint", function () {
    var closed = document.querySelectorAll(".process-map details:not([open])");
    for (var i = 0; i < closed.length; i++) {
      closed[i].open = true;
      opened.push(closed[i]);
    }
  });
  window.addEventListener("afterprint", function () {
    while (opened.length) opened.pop().open = false;
  });
})();
