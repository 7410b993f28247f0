/* A listing's filters start folded on narrow screens. Loaded (not deferred) right after
   the <details> element, so it folds before the first paint; no inline script, so the
   Content-Security-Policy needs no 'unsafe-inline'. */
(function () {
  "use strict";
  var facets = document.getElementById("listing-facets");
  if (facets && window.matchMedia("(max-width: 59.99rem)").matches) {
    facets.removeAttribute("open");
  }
})();
