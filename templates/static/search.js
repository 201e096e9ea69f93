// Search with the Pagefind index built with the site. No framework: one form, one list.
// The bundle is found relative to this file, so the site may live under any base path.
const form = document.querySelector("form.search-page");
const input = document.getElementById("search-q");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
let pagefind = null;

async function load() {
  if (!pagefind) {
    pagefind = await import(new URL("../pagefind/pagefind.js", import.meta.url).href);
    // Result URLs are relative to the site's root, which is the folder above static/.
    await pagefind.options({ baseUrl: new URL("../", import.meta.url).pathname });
    await pagefind.init();
  }
  return pagefind;
}

function item(data) {
  const li = document.createElement("li");
  const a = document.createElement("a");
  a.href = data.url;
  a.textContent = (data.meta && data.meta.title) || data.url;
  const p = document.createElement("p");
  p.className = "excerpt";
  // Pagefind's excerpt is the page's own escaped text with <mark> around the matches.
  p.innerHTML = data.excerpt;
  li.append(a, p);
  return li;
}

async function run(query) {
  list.replaceChildren();
  if (!query.trim()) {
    status.textContent = "";
    return;
  }
  status.textContent = "Searching…";
  const pf = await load();
  const found = await pf.search(query);
  const results = await Promise.all(found.results.slice(0, 30).map((r) => r.data()));
  list.replaceChildren(...results.map(item));
  const n = found.results.length;
  status.textContent = n === 0 ? `Nothing found for “${query}”.`
    : `${n} page${n === 1 ? "" : "s"} found for “${query}”${n > 30 ? "; the first 30 are listed" : ""}.`;
}

const query = new URLSearchParams(location.search).get("q") || "";
input.value = query;
document.querySelectorAll('input[name="q"]').forEach((el) => { el.value = query; });
run(query).catch((err) => { status.textContent = "Search could not start: " + err.message; });
form.addEventListener("submit", (event) => {
  event.preventDefault();
  const q = input.value;
  history.replaceState(null, "", "?q=" + encodeURIComponent(q));
  run(q).catch((err) => { status.textContent = "Search could not start: " + err.message; });
});
