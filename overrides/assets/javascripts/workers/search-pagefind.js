/* Search worker for Material for MkDocs, answered by Pagefind.
   Material's bundle starts this worker from `search` in the page's __config and speaks its protocol:
   SETUP (0) when the reader opens search (search-on-demand.js holds it back until then), READY (1) back,
   then QUERY (2) per keystroke, RESULT (3) back with groups of items, one group per page: the page
   first, then its sections (headings with anchors), each with location, title, text, score and terms.
   Pagefind (pagefind/pagefind.js at the site root, imported on SETUP) fetches only the index chunks and
   page fragments a query needs. The page's language comes in the `lang` parameter: Pagefind keeps one
   index per <html lang> and looks for the language in `document`, which a worker does not have. */
"use strict";
var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
var PAGES = 10; /* fragments loaded per query: Material shows ten results before the reader scrolls */
var language = new URL(self.location.href).searchParams.get("lang") || "unknown";
var root = new URL("../../../", self.location.href); /* this file is <site>/assets/javascripts/workers/ */
var loading = null;
var latest = 0;
var queue = Promise.resolve();

function load() {
  if (!loading) {
    /* Pagefind asks document.querySelector("html").getAttribute("lang") which index to load; a worker
       has no document, so it gets one that answers with the page's language. */
    if (typeof self.document === "undefined") {
      self.document = { currentScript: null, querySelector: function () {
        return { getAttribute: function () { return language; } };
      } };
    }
    /* READY only once Pagefind has its WebAssembly and index list (filters() waits for both), so
       Material shows "Initialiserar sök" meanwhile and its first query is what the reader typed. */
    loading = import(new URL("pagefind/pagefind.js", root).href).then(function (pagefind) {
      return Promise.resolve(pagefind.options({ excerptLength: 24 }))
        .then(function () { return pagefind.init(); })
        .then(function () { return pagefind.filters(); })
        .then(function () { return pagefind; });
    });
  }
  return loading;
}

/* Material puts titles and text into the page as HTML: everything is escaped but Pagefind's <mark>. */
function escapeText(text) {
  return String(text || "").replace(/[&<>"']/g, function (c) {
    return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
  });
}

function markedText(excerpt) {
  return String(excerpt || "").split(/(<mark>|<\/mark>)/).map(function (piece) {
    return piece === "<mark>" || piece === "</mark>" ? piece : escapeText(decodeEntities(piece));
  }).join("");
}

/* Pagefind hands out excerpts with its own escaping; undo it once, so nothing is escaped twice. */
function decodeEntities(text) {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, function (_, name) {
    return { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'" }[name];
  });
}

function words(query) {
  return query.toLowerCase().split(/[\s\-]+/).filter(function (w) { return w.length > 0; });
}

function fold(text) {
  return String(text || "").toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
}

/* Which typed words the page holds (a word counts if the page has a word starting with its first
   letters), so Material can name the missing ones and highlight only found ones. */
function termsFor(typed, content) {
  var text = " " + fold(content).replace(/[^\p{L}\p{N}]+/gu, " ");
  var terms = {};
  typed.forEach(function (word) {
    var stem = fold(word).slice(0, Math.max(3, Math.min(word.length, 5)));
    terms[word] = text.indexOf(" " + stem) >= 0;
  });
  return terms;
}

function weight(sub) {
  return (sub.weighted_locations || []).reduce(function (sum, l) { return sum + (l.weight || 1); }, 0);
}

function group(data, score, typed) {
  var page = data.url.split("#")[0];
  var terms = termsFor(typed, (data.meta && data.meta.title || "") + " " + data.content);
  var subs = (data.sub_results || []).filter(function (s) { return s.url.indexOf("#") >= 0; });
  var total = subs.reduce(function (sum, s) { return sum + weight(s); }, 0) || 1;
  var items = [{
    location: page,
    title: escapeText(decodeEntities(String(data.meta && data.meta.title || page))),
    text: markedText(data.excerpt),
    score: score,
    terms: terms
  }];
  subs.sort(function (a, b) { return weight(b) - weight(a); }).forEach(function (s) {
    items.push({
      location: s.url,
      title: escapeText(decodeEntities(String(s.title || ""))),
      text: markedText(s.excerpt),
      score: score * 0.99 * weight(s) / total,
      terms: termsFor(typed, s.title + " " + s.excerpt)
    });
  });
  return items;
}

/* Pagefind finds pages holding every typed word. Readers type sentences ("min bror är med i ett gäng")
   and typos ("omlokalisring"), so each word is also searched on its own and pages are ranked by the
   words they hold, rare words counting more, pages holding all of them first. A word that finds
   nothing, or only pages without it, is tried again shorter, as a prefix. Among the pages loaded, a
   title word close to a typed word lifts the page ("psykiatrin" finds "Vård och psykiatri"). */
function searchWord(pagefind, word) {
  return pagefind.search(word).then(function (found) {
    var results = found && found.results || [];
    var shorter = word.length - 1;
    if (results.length || shorter < Math.max(4, Math.ceil(word.length * 0.6))) return results;
    return searchWord(pagefind, word.slice(0, shorter));
  });
}

function ranked(pagefind, query, typed) {
  var searches = [pagefind.search(query).then(function (found) { return found && found.results || []; })];
  if (typed.length > 1) typed.forEach(function (w) { searches.push(searchWord(pagefind, w)); });
  return Promise.all(searches).then(function (lists) {
    var all = lists[0];
    var perWord = lists.length > 1 ? lists.slice(1) : [all];
    var score = {};
    var byId = {}; /* a page found with every word keeps that result: its excerpt marks every word */
    var most = 0;
    all.forEach(function (r) { byId[r.id] = r; });
    perWord.forEach(function (results) {
      if (!results.length) return;
      var best = results[0].score || 1;
      var rarity = 1 / Math.sqrt(results.length);
      most += rarity;
      results.forEach(function (r) {
        byId[r.id] = byId[r.id] || r;
        score[r.id] = (score[r.id] || 0) + rarity * (r.score || 0) / best;
      });
    });
    if (lists.length > 1) all.forEach(function (r) { score[r.id] = (score[r.id] || 0) + most; });
    return Object.keys(score).sort(function (a, b) { return score[b] - score[a]; }).map(function (id) {
      return { score: score[id], data: byId[id].data };
    });
  });
}

function commonStart(a, b) {
  var n = 0;
  while (n < a.length && n < b.length && a.charAt(n) === b.charAt(n)) n++;
  return n;
}

function titleLift(title, typed) {
  var titleWords = fold(title).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  var sum = 0;
  typed.forEach(function (w) {
    var word = fold(w);
    var best = 0;
    titleWords.forEach(function (t) {
      var n = commonStart(word, t);
      if (n >= Math.min(4, word.length)) best = Math.max(best, n / Math.max(word.length, t.length));
    });
    sum += best;
  });
  return typed.length ? 1 + sum / typed.length : 1;
}

function search(pagefind, query) {
  var typed = words(query);
  return ranked(pagefind, query, typed).then(function (results) {
    var top = results.length ? results[0].score : 1;
    return Promise.all(results.slice(0, PAGES).map(function (r) {
      return r.data().then(function (data) {
        return group(data, (r.score / top) * titleLift(data.meta && data.meta.title || "", typed), typed);
      });
    }));
  }).then(function (groups) {
    groups.sort(function (a, b) { return b[0].score - a[0].score; });
    var word = typed.length === 1 ? typed[0] : "";
    var found = groups.some(function (g) { return g[0].terms[word]; });
    if (word.length >= 6 && !found) { /* a typo: try its start, and name the word as typed */
      return search(pagefind, word.slice(0, -2)).then(function (shorter) {
        shorter.forEach(function (g) {
          g.forEach(function (item) {
            var terms = {};
            terms[word] = Object.keys(item.terms).some(function (t) { return item.terms[t]; });
            item.terms = terms;
          });
        });
        return shorter;
      });
    }
    return groups;
  });
}

function answer(query, id) {
  if (id !== latest) return null; /* a newer query is waiting: answer that one */
  if (!String(query || "").trim()) {
    postMessage({ type: RESULT, data: { items: [] } });
    return null;
  }
  return load().then(function (pagefind) { return search(pagefind, String(query)); }).then(function (items) {
    if (id === latest) postMessage({ type: RESULT, data: { items: items } });
  }, function (err) {
    console.warn("search:", err);
    if (id === latest) postMessage({ type: RESULT, data: { items: [] } });
  });
}

addEventListener("message", function (ev) {
  var message = ev.data || {};
  if (message.type === SETUP) {
    queue = queue.then(function () {
      return load().catch(function (err) { console.warn("search:", err); });
    }).then(function () { postMessage({ type: READY }); });
  } else if (message.type === QUERY) {
    var id = ++latest;
    queue = queue.then(function () { return answer(message.data, id); });
  }
});
