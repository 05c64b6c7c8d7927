// Measurements the browser tests take inside a page: what a reader sees, in CSS pixels.
(() => {
  const BAR = ".safety-bar";

  function parse(c) {
    const m = /rgba?\(([^)]+)\)/.exec(c || "");
    if (!m) return [0, 0, 0, 0];
    const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  }
  function over(top, under) {
    const a = top[3];
    return [0, 1, 2].map(i => top[i] * a + under[i] * (1 - a));
  }
  function background(el) {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    let out = [255, 255, 255];
    for (let i = layers.length - 1; i >= 0; i--) out = over(layers[i], out);
    return out;
  }
  function luminance(rgb) {
    const [r, g, b] = rgb.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }
  function ratio(fg, bg) {
    const a = luminance(fg), b = luminance(bg);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }
  function contrast(el, pseudo) {
    const bg = background(el);
    const fg = over(parse(getComputedStyle(el, pseudo || null).color), bg);
    return Math.round(ratio(fg, bg) * 100) / 100;
  }
  function describe(el) {
    const text = (el.innerText || el.value || el.getAttribute("aria-label") || "").trim().replace(/\s+/g, " ").slice(0, 40);
    return `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : ""} "${text}"`;
  }
  function shown(el) {
    const r = el.getBoundingClientRect(), s = getComputedStyle(el);
    if (!(r.width > 0 && r.height > 0 && s.visibility !== "hidden" && r.right > 0 && r.left < innerWidth)) return false;
    // Visually hidden (clipped, transparent or not clickable) until needed, like the skip link.
    if (s.clipPath !== "none" || s.pointerEvents === "none") return false;
    for (let e = el; e; e = e.parentElement) if (getComputedStyle(e).opacity === "0") return false;
    return true;
  }
  function overlap(a, b) {
    return Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
           Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  }
  /* Is the element hidden, fully or in part, by the safety bar (or does it cover the bar)? */
  function clashesWithBar(el) {
    const bar = document.querySelector(BAR);
    if (!bar || bar.contains(el)) return false;
    return overlap(el.getBoundingClientRect(), bar.getBoundingClientRect()) > 0;
  }
  /* Is the centre of the element something the reader can tap (not the safety bar over it)? */
  function reachable(el) {
    const r = el.getBoundingClientRect();
    if (r.bottom <= 0 || r.top >= innerHeight) return {ok: false, why: "off screen"};
    const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    const bar = document.querySelector(BAR);
    if (top && bar && bar.contains(top) && !bar.contains(el)) return {ok: false, why: "under the safety bar: " + describe(top)};
    if (clashesWithBar(el)) return {ok: false, why: "partly under the safety bar"};
    return {ok: true};
  }

  window.__pageChecks = {
    overflow() {
      return document.documentElement.scrollWidth - document.documentElement.clientWidth;
    },
    /* Focus every control the keyboard reaches, as Tab does, and list those the bar hides or that hide the bar. */
    focusClashes() {
      const found = [];
      const all = document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1'])");
      for (const el of all) {
        // The search field opens its panel when focused; the search checks measure it once open.
        if (el.closest("[hidden], [inert]") || el.tabIndex < 0 || el.matches("[data-md-component=search-query]")) continue;
        el.focus();
        if (document.activeElement !== el || !shown(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.bottom <= 0 || r.top >= innerHeight) continue;
        if (clashesWithBar(el)) found.push(describe(el));
      }
      if (document.activeElement) document.activeElement.blur();
      window.scrollTo(0, 0);
      return found;
    },
    /* Controls smaller than 24×24 px. Links inside running text are exempt (WCAG 2.5.8, inline). */
    smallTargets() {
      const found = [];
      const inline = "p, li, td, th, dd, dt, h1, h2, h3, h4, blockquote, figcaption, span.md-ellipsis, cite";
      for (const el of document.querySelectorAll("a[href], button, input:not([type=hidden]):not(.md-toggle):not(.md-option), select, summary, label[for]")) {
        if (!shown(el) || el.closest("[hidden]")) continue;
        const s = getComputedStyle(el);
        if (el.tagName === "A" && s.display === "inline" && el.parentElement.closest(inline)) continue;
        const r = el.getBoundingClientRect();
        if (r.width < 24 || r.height < 24) found.push(`${describe(el)} ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
      return found;
    },
    reachable(selector) {
      const el = document.querySelector(selector);
      return el ? reachable(el) : {ok: false, why: "missing: " + selector};
    },
    contrast(selector, pseudo) {
      const el = document.querySelector(selector);
      return el ? contrast(el, pseudo) : null;
    },
    /* The lowest contrast of any text in the search results, with where it is. */
    resultContrast() {
      let worst = {ratio: 99, what: ""};
      for (const el of document.querySelectorAll(".md-search-result *")) {
        if (!shown(el) || ![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
        const c = contrast(el);
        if (c < worst.ratio) worst = {ratio: c, what: describe(el)};
      }
      return worst;
    },
  };
})();
