// Search boxes suggest while typing (see bedigital/site/suggestions.py).
(() => {
  const url = document.currentScript.dataset.url;
  let list = document.getElementById("suggestions");
  let terms = list && [...list.options].map((option) => option.value);
  if (!list) {
    list = document.body.appendChild(document.createElement("datalist"));
    list.id = "suggestions";
  }
  const fold = (text) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const complete = (input) => {
    const last = input.value.split(" ").pop(), word = fold(last);
    const before = input.value.slice(0, input.value.length - last.length);
    const found = word ? terms.filter((term) => fold(term).startsWith(word)) : [];
    list.replaceChildren(...found.slice(0, 8).map((term) => new Option(before + term)));
  };
  for (const input of document.querySelectorAll("input[type=search][name=q]")) {
    input.setAttribute("list", list.id);
    input.addEventListener("input", () => complete(input));
    input.addEventListener("focus", async () => {
      if (terms) return;
      terms = [];
      terms = await (await fetch(url)).json();
      complete(input);
    });
  }
})();
