// The docs site's additions to typedoc's default theme (typedoc.config.mjs: customJs).
// - `?q=words` opens the search with those words (the HTTP API reference's top bar links here).
// - The search list ends with a row that runs the same words in the HTTP API reference, whose
//   own search covers every schema, field and example of the wire format.
(() => {
  const root = document.documentElement.dataset.base ?? "./";
  const input = () => document.getElementById("tsd-search-input");
  const results = () => document.getElementById("tsd-search-results");

  function addApiRow() {
    const list = results();
    const words = input()?.value.trim();
    if (!list || !words || list.querySelector(".sdk-search-api")) return;
    const row = document.createElement("li");
    row.className = "sdk-search-api";
    row.role = "option";
    const link = document.createElement("a");
    link.href = `${root}api/index.html?q=${encodeURIComponent(words)}`;
    link.textContent = `Search the HTTP API reference for "${words}"`;
    row.append(link);
    list.append(row);
  }

  function start() {
    const list = results();
    if (list) new MutationObserver(addApiRow).observe(list, { childList: true });
    const words = new URLSearchParams(location.search).get("q");
    if (!words) return;
    document.getElementById("tsd-search-trigger")?.click();
    const field = input();
    if (!field) return;
    field.value = words;
    const search = () => field.dispatchEvent(new Event("input", { bubbles: true }));
    search();
    // typedoc may attach its search, or load its index, after this runs: ask again until results
    // show (at most 5 s), so a link to `?q=` never lands on an empty list.
    let tries = 0;
    const retry = setInterval(() => {
      if ((results()?.children.length ?? 0) > 0 || ++tries > 20) clearInterval(retry);
      else search();
    }, 250);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
