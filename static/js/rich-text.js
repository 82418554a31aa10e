/* The admin's rich-text editor (django-prose-editor) in the editor's language, named for
   assistive technology. Without JavaScript the field stays a labelled textarea.

   - The editing area gets the field's label, help text and language (the textarea it
     replaces had them); clicking the label puts the cursor in it.
   - The toolbar's buttons and options, and the link dialog, speak the admin's language: the
     words come translated from the server (data-editor-words on the textarea).
   - The text style menu (paragraph, heading, subheading) works by keyboard as a disclosure:
     its button says what it opens and whether it is open; Enter or Space opens it and puts
     the focus on the first style, the arrow keys move between styles, Escape closes it and
     returns to the button. The editor draws it as a bare popover the focus never enters.
   - The link dialog is named by its heading and asks only for the address: the title
     attribute it also offered is dropped by the server's sanitiser (touch and keyboard
     users never see such a tooltip). */
(function () {
  "use strict";

  function translate(words, element) {
    const english = element.getAttribute("title");
    if (english && words[english] && words[english] !== english) {
      element.setAttribute("title", words[english]);
      element.setAttribute("aria-label", words[english]);
    }
  }

  function styleMenu(words, dropdown) {
    const wrapper = dropdown.querySelector(".prose-menubar__selected");
    const picker = dropdown.querySelector(".prose-menubar__picker");
    const button = wrapper && wrapper.querySelector("button");
    if (!button || !picker) {
      return;
    }
    if (!picker.id) {
      picker.id = "prose-style-" + Math.random().toString(36).slice(2);
      picker.addEventListener("toggle", function (event) {
        const current = wrapper.querySelector("button");
        const open = event.newState === "open";
        if (current) {
          current.setAttribute("aria-expanded", String(open));
        }
        const options = visibleOptions(picker);
        if (open && options.length) {
          options[0].focus();
        } else if (!open && current) {
          const focus = document.activeElement;
          if (focus === document.body || picker.contains(focus)) {
            current.focus(); // Escape: back to the button, not to the top of the page
          }
        }
      });
      picker.addEventListener("keydown", function (event) {
        const options = visibleOptions(picker);
        const at = options.indexOf(document.activeElement);
        const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
        if (step && at !== -1) {
          event.preventDefault();
          options[(at + step + options.length) % options.length].focus();
        }
      });
    }
    if (button.getAttribute("aria-controls") !== picker.id) {
      // the button is redrawn (a copy of the chosen style's) whenever the cursor moves
      const english = button.getAttribute("data-level")
        ? "Heading " + button.getAttribute("data-level")
        : button.getAttribute("title") || "";
      const style = words[english] || "";
      const name = style
        ? (words["Text style: %(style)s"] || "%(style)s").replace("%(style)s", style)
        : words["Text style"] || "";
      button.setAttribute("aria-controls", picker.id);
      button.setAttribute("aria-expanded", String(picker.matches(":popover-open")));
      if (name) {
        button.setAttribute("aria-label", name);
        button.setAttribute("title", name);
      }
    }
  }

  function visibleOptions(picker) {
    return Array.from(picker.querySelectorAll(".prose-menubar__option")).filter(function (o) {
      return !o.classList.contains("hidden");
    });
  }

  function linkDialog(dialog) {
    if (dialog.hasAttribute("aria-labelledby")) {
      return;
    }
    const heading = dialog.querySelector(".prose-editor-dialog-title");
    if (heading) {
      heading.id = heading.id || "prose-dialog-" + Math.random().toString(36).slice(2);
      dialog.setAttribute("aria-labelledby", heading.id);
    }
    const title = dialog.querySelector('input[name="title"]');
    if (title && dialog.querySelector('input[name="href"]')) {
      title.closest(".prose-editor-dialog-field").hidden = true;
    }
  }

  // Tiptap injects its base rules as an inline <style>, which the admin's CSP refuses,
  // unless it finds one already marked as its own: an empty one, carrying this script's
  // nonce (the rules are in css/admin.css).
  if (!document.querySelector("style[data-tiptap-style]")) {
    const style = document.createElement("style");
    style.nonce = (document.currentScript && document.currentScript.nonce) || "";
    style.setAttribute("data-tiptap-style", "");
    document.head.append(style);
  }

  // The editor's dialogs ask window.gettext(), which it reads once, when its module runs:
  // after this (classic) script. Adding our words to django.catalog does not reach it (the
  // admin's jquery.init.js replaces window.django after jsi18n set it up), so the editor
  // gets a gettext that knows them, read from the page when first asked.
  const djangoGettext = window.gettext;
  let dialogWords = null;
  window.gettext = function (msgid) {
    if (dialogWords === null) {
      const field = document.querySelector("[data-editor-words]"); // null while in <head>
      dialogWords = field ? JSON.parse(field.dataset.editorWords) : null;
    }
    if (dialogWords && Object.prototype.hasOwnProperty.call(dialogWords, msgid)) {
      return dialogWords[msgid];
    }
    return djangoGettext ? djangoGettext(msgid) : msgid;
  };

  document.addEventListener("prose-editor:ready", function (event) {
    const textarea = event.detail.textarea;
    const area = event.detail.editor.view.dom;
    const words = JSON.parse(textarea.dataset.editorWords || "{}");
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
        if (!button.closest(".prose-menubar__selected")) {
          translate(words, button);
        }
      });
      editor.querySelectorAll(".prose-menubar__dropdown").forEach(function (dropdown) {
        styleMenu(words, dropdown);
      });
      editor.querySelectorAll("dialog.prose-editor-dialog").forEach(linkDialog);
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
