/* The export page's "select all" box, wired here rather than by an inline onchange
   attribute (the admin's Content-Security-Policy refuses those). onSelectToggleChange is
   django-import-export's (export_selectable_fields.js). */
(function () {
  "use strict";
  document.querySelectorAll("input.select-toggle").forEach(function (box) {
    box.addEventListener("change", function (event) {
      window.onSelectToggleChange(event);
    });
  });
})();
