/* Small enhancements only: every page works without this file. */
(function () {
  "use strict";
  // Auto-submit a GET form when a select inside it marked data-autosubmit changes.
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target.matches && target.matches("[data-autosubmit]") && target.form) {
      target.form.submit();
    }
  });
})();
