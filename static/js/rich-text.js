/* The admin's rich-text editor (django-prose-editor) in the editor's language, named for
   assistive technology. Without JavaScript the field stays a labelled textarea.

   - The editing area gets the field's label, help text and language (the textarea it
     replaces had them); clicking the label puts the cursor in it.
   - The toolbar's buttons and options, and the link dialog, speak the admin's language: the
     words come translated from the server (data-editor-words on the textarea). */
(function () {
  "use strict";

  function translate(words, element) {
    const english = element.getAttribute("title");
    if (english && words[english] && words[english] !== english) {
      element.setAttribute("title", words[english]);
      element.setAttribute("aria-label", words[english]);
    }
  }

  document.addEventListener("prose-editor:ready", function (event) {
    const textarea = event.detail.textarea;
    const area = event.detail.editor.view.dom;
    const words = JSON.parse(textarea.dataset.editorWords || "{}");
    if (window.django && django.catalog) {
      Object.assign(django.catalog, words); // the link dialog asks gettext()
    }
    const label = document.querySelector('label[for="' + textarea.id + '"]');
    if (label) {
      label.id = label.id || textarea.id + "_label";
      area.setAttribute("aria-labelledby", label.id);
      label.addEventListener("click", function () {
        event.detail.editor.commands.focus();
      });
    }
    area.setAttribute("aria-multiline", "true");
    for (const name of ["lang", "aria-describedby"]) {
      if (textarea.hasAttribute(name)) {
        area.setAttribute(name, textarea.getAttribute(name));
      }
    }
    const editor = textarea.parentElement;
    const retitle = function () {
      editor.querySelectorAll(".prose-menubar [title]").forEach(function (button) {
        translate(words, button);
      });
      editor.querySelectorAll(".prose-menubar__option > *").forEach(function (option) {
        const english = option.textContent;
        if (words[english] && words[english] !== english) {
          option.textContent = words[english];
        }
      });
    };
    retitle();
    // The toolbar is drawn once the editor runs, and redraws the chosen block type as the
    // cursor moves.
    new MutationObserver(retitle).observe(editor, { childList: true, subtree: true });
  });
})();
