/* Search worker for Material for MkDocs: small until the reader searches, stems query terms, and keeps
   what readers see readable.
   - Material's own worker (lunr and its search) is loaded only when the index arrives (the SETUP
     message), which search-on-demand.js holds back until the reader opens search. Its URL comes in the
     `material` parameter, set at build time.
   - The index holds whole words (no stemmer), so query words are stemmed before Material adds its `*`:
     "boenden" -> "boend*" finds boende, boendet, boenden, and a half-typed word still works as a prefix.
   - Words like "en" or "a" are left out; a municipality name typed in full also searches the county
     pages' place names; a query that finds nothing is asked again allowing one wrong letter per word.
   - Results name what was typed, not the stem: "Saknas: kontakt", never "kontak". Every result carries
     at least one matched term, so a result link never ends in an empty `?h=`. */
"use strict";
var searchLanguage = null;
var materialLoaded = false;
var typedWord = {}; /* stem -> the word the reader typed, for the query being answered */

function stemWord(word) {
  var lunr = self.lunr;
  if (!lunr) return word;
  var stemmer = searchLanguage === "en" ? lunr.stemmer : (lunr[searchLanguage] || {}).stemmer;
  if (!stemmer || word.length < 4) return word;
  var stem = stemmer(new lunr.Token(word, {})).toString();
  /* Swedish definite forms after a vowel keep their n in the stemmer: "psykiatrin" must find "psykiatri". */
  if (searchLanguage === "sv" && stem === word && word.length >= 6 && /[aeiouyåäö]n$/.test(word)) stem = word.slice(0, -1);
  /* The index holds whole words and the stem is matched as a prefix, so only the part of the stem the
     word starts with is usable: English "glossary" stems to "glossari", which no word starts with. */
  var common = 0;
  while (common < stem.length && stem.charAt(common) === word.charAt(common)) common++;
  return common >= 3 ? stem.slice(0, common) : word;
}

function isStopWord(word) {
  var lunr = self.lunr;
  if (!lunr) return false;
  var filter = searchLanguage === "en" ? lunr.stopWordFilter : (lunr[searchLanguage] || {}).stopWordFilter;
  return !!filter && !filter(new lunr.Token(word, {}));
}

var places = {};   /* municipality names (lower case) from the `places` field of county pages */
var fuzzy = null;  /* the query again with typo tolerance, asked only when the query finds nothing */

function learnPlaces(docs) {
  places = {};
  (docs || []).forEach(function (doc) {
    String(doc.places || "").toLowerCase().split(/\s+/).forEach(function (name) { if (name) places[name] = true; });
  });
}

var PLAIN_WORD = /(^|[\s"])([^\s"+\-~^:*]+)(?=$|[\s"])/g;

function stemQuery(query) {
  typedWord = {};
  /* Words like "en", "vad", "a" say nothing, and with Material's `*` they match every word that starts
     with them ("en*" finds Enköping): left out, unless the query has nothing else. */
  var words = query.match(PLAIN_WORD) || [];
  var meaningful = words.filter(function (w) { return !isStopWord(w.replace(/^[\s"]/, "").toLowerCase()); });
  var dropStopWords = meaningful.length > 0 && meaningful.length < words.length;
  /* Only plain words; leave lunr syntax (+ - ~ ^ : * and quotes) alone. */
  var typos = [];
  var stemmed = query.replace(PLAIN_WORD, function (_, before, word) {
    var lower = word.toLowerCase();
    if (dropStopWords && isStopWord(lower)) return before;
    var stem = stemWord(lower);
    if (stem !== lower && !(stem in typedWord)) typedWord[stem] = lower;
    if (lower.length >= 5) typos.push(lower + "~1");
    /* A municipality name typed in full searches every field; any other word leaves the place names
       alone, so "veta" does not find Vetlanda's county through its list of municipalities. */
    if (places[lower]) return before + stem;
    return before + "title:" + stem + " text:" + stem;
  });
  fuzzy = typos.length ? typos.join(" ") : null;
  return stemmed;
}

function readable(result) {
  (result.items || []).forEach(function (group) {
    var matched = {};
    group.forEach(function (item) {
      var terms = item.terms || {};
      var named = {};
      Object.keys(terms).forEach(function (term) {
        if (terms[term]) matched[term] = true;
        named[terms[term] ? term : (typedWord[term] || term)] = terms[term];
      });
      item.terms = named;
    });
    group.forEach(function (item) {
      var hasMatch = Object.keys(item.terms).some(function (term) { return item.terms[term]; });
      if (!hasMatch) Object.keys(matched).forEach(function (term) { item.terms[term] = true; });
    });
  });
  return result;
}

var post = self.postMessage.bind(self);
var answeringTypos = false;
self.postMessage = function (message) {
  if (message && message.type === 3 && message.data) {                        /* RESULT */
    if (!answeringTypos && fuzzy && !(message.data.items || []).length) {
      /* Nothing found: ask again allowing one wrong letter per word ("omlokalisring"). */
      var again = fuzzy;
      fuzzy = null;
      answeringTypos = true;
      self.dispatchEvent(new MessageEvent("message", { data: { type: 2, data: again, typos: true } }));
      return;
    }
    if (answeringTypos) forgiving(message.data);
    answeringTypos = false;
    readable(message.data);
  }
  post(message);
};

function forgiving(result) {
  /* Results found despite a typo: nothing is "missing", and the typed words are the highlight. */
  (result.items || []).forEach(function (group) {
    group.forEach(function (item) {
      var terms = {};
      Object.keys(item.terms || {}).forEach(function (term) { terms[term] = true; });
      item.terms = terms;
    });
  });
}

addEventListener("message", function (ev) {
  var message = ev.data;
  if (!message) return;
  if (message.type === 0 && message.data && message.data.config) {          /* SETUP */
    if (!materialLoaded) {
      materialLoaded = true;
      importScripts(new URL(self.location.href).searchParams.get("material"));
      /* Material's worker listens from now on; hand it this message again. */
      ev.stopImmediatePropagation();
      self.dispatchEvent(new MessageEvent("message", { data: message }));
      return;
    }
    searchLanguage = (message.data.config.lang || [])[0] || null;
    learnPlaces(message.data.docs);
    if (searchLanguage === "ar") searchLanguage = null;                          /* prefix search only */
  } else if (message.type === 2 && typeof message.data === "string" && !message.typos) {  /* QUERY */
    message.data = stemQuery(message.data);
  }
});
