/* Search worker for Material for MkDocs that stems query terms before Material adds its `*`.
   The index holds whole words (no stemmer), so "boenden" -> "boend*" finds boende, boendet, boenden,
   and a half-typed word still works as a prefix. Material's own worker is loaded below and does the rest;
   its URL comes in the `material` parameter, set at build time. */
"use strict";
var searchLanguage = null;

function stemWord(word) {
  var lunr = self.lunr;
  if (!lunr) return word;
  var stemmer = searchLanguage === "en" ? lunr.stemmer : (lunr[searchLanguage] || {}).stemmer;
  if (!stemmer || word.length < 4) return word;
  var stem = stemmer(new lunr.Token(word, {})).toString();
  return stem.length >= 3 ? stem : word;
}

function stemQuery(query) {
  /* Only plain words; leave lunr syntax (+ - ~ ^ : * and quotes) alone. */
  return query.replace(/(^|[\s"])([^\s"+\-~^:*]+)(?=$|[\s"])/g, function (_, before, word) {
    return before + stemWord(word.toLowerCase());
  });
}

addEventListener("message", function (ev) {
  var message = ev.data;
  if (!message) return;
  if (message.type === 0 && message.data && message.data.config) {          /* SETUP */
    searchLanguage = (message.data.config.lang || [])[0] || null;
    if (searchLanguage === "ar") searchLanguage = null;                          /* prefix search only */
  } else if (message.type === 2 && typeof message.data === "string") {        /* QUERY */
    message.data = stemQuery(message.data);
  }
});

importScripts(new URL(self.location.href).searchParams.get("material"));
