// The rows of a stacked inline are headed "Session 1", "Session 2"… (edit_inline/stacked.html).
// Django's inlines.js renumbers only a "#1" label: this numbers the rows again, in page order,
// when one is added or removed, as Django's own numbering did.
(function () {
  "use strict";
  if (window.inlineNumbersReady) {
    return; // the template loads this once per inline on the page
  }
  window.inlineNumbersReady = true;

  function renumber() {
    document.querySelectorAll(".js-inline-admin-formset").forEach(function (group) {
      const rows = group.querySelectorAll(".inline-related:not(.empty-form)");
      rows.forEach(function (row, index) {
        const number = row.querySelector(":scope > h3 .inline-number");
        if (number) {
          number.textContent = String(index + 1);
        }
      });
    });
  }

  document.addEventListener("formset:added", renumber);
  document.addEventListener("formset:removed", renumber);
})();
