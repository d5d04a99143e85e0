/* Behaviour every page shares, declared in the markup with data- attributes.
   The Content-Security-Policy allows no inline script (no <script> bodies, no onclick=…),
   so pages say what they need and this file does it. */
(function () {
  "use strict";
  document.addEventListener("change", function (event) {
    var el = event.target;
    if (!(el instanceof HTMLElement)) return;
    if (el.hasAttribute("data-autosubmit") && el.form) {
      el.form.submit();
    } else if (el.hasAttribute("data-href-prefix")) {
      // <select data-href-prefix="/region/" data-href-suffix="/?period=2026-10">
      location.href = el.getAttribute("data-href-prefix") + encodeURIComponent(el.value) +
        (el.getAttribute("data-href-suffix") || "");
    }
  });
  document.addEventListener("click", function (event) {
    var el = event.target instanceof Element ? event.target.closest("[data-print]") : null;
    if (el) {
      event.preventDefault();
      window.print();
    }
  });
})();
