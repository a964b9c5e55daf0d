// Renders LaTeX math in titles and abstracts: elements marked class="math" ($…$, \(…\), $$…$$, \[…\]), with KaTeX
// served by the app itself from /lib/katex (scripts/lib/clientlib.sh copies it from npm; no CDN). Without JavaScript,
// or if KaTeX is missing, the source text stays as the author wrote it. KaTeX is fetched only on pages that have math.
(function () {
  "use strict";
  var marked = document.querySelectorAll(".math");
  var hasMath = Array.prototype.some.call(marked, function (el) { return /\$|\\\(|\\\[/.test(el.textContent); });
  if (!hasMath) {
    return;
  }
  var base = new URL("../lib/katex/", document.currentScript.src);
  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = new URL("katex.min.css", base).href;
  document.head.appendChild(css);

  function load(path, then) {
    var script = document.createElement("script");
    script.src = new URL(path, base).href;
    script.onload = then;
    document.head.appendChild(script);
  }

  load("katex.min.js", function () {
    load("contrib/auto-render.min.js", function () {
      marked.forEach(function (el) {
        // Rendered through the DOM (not HTML strings), so the page's CSP needs no 'unsafe-inline' for its styles.
        window.renderMathInElement(el, {
          delimiters: [
            { left: "$$", right: "$$", display: true },
            { left: "\\[", right: "\\]", display: true },
            { left: "\\(", right: "\\)", display: false },
            { left: "$", right: "$", display: false }
          ],
          throwOnError: false,
          trust: false
        });
      });
    });
  });
})();
