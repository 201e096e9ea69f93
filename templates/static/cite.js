// A citation mark links to its paragraph on the source page. Pointing at the mark or reaching it
// with the Tab key shows that paragraph's words beside it: the source page is read once (then
// kept) and the paragraph copied from it, so sheets need not carry a copy of every paragraph they
// cite. Without this script the link itself leads to the paragraph, highlighted there.
const pages = new Map();   // source page URL -> Promise of its parsed document
let made = 0;

function sourcePage(url) {
  if (!pages.has(url)) {
    pages.set(url, fetch(url, { credentials: "same-origin" })
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((html) => new DOMParser().parseFromString(html, "text/html"))
      .catch((err) => { pages.delete(url); throw err; }));
  }
  return pages.get(url);
}

function words(doc, id) {
  const para = doc.getElementById(id);
  if (!para) return null;
  const copy = para.cloneNode(true);
  copy.querySelectorAll(".pnum").forEach((el) => el.remove());
  return copy.textContent.replace(/\s+/g, " ").trim();
}

function show(link) {
  const cite = link.parentElement;
  cite.classList.remove("tip-closed");
  if (cite.querySelector(".tip")) return;
  const target = new URL(link.href, location.href);
  const n = target.hash.replace(/^#p/, "");
  const tip = document.createElement("span");
  tip.className = "tip";
  tip.id = `cite-tip-${++made}`;
  tip.setAttribute("role", "tooltip");
  const where = document.createElement("span");
  where.className = "tip-where";
  where.textContent = `¶${n}`;
  const text = document.createElement("span");
  text.className = "tip-text";
  text.textContent = "Reading the source…";
  tip.append(where, " ", text);
  cite.append(tip);
  link.setAttribute("aria-describedby", tip.id);
  target.hash = "";
  sourcePage(target.href).then((doc) => {
    const title = doc.querySelector("h1");
    where.textContent = `${title ? title.textContent.trim() + ", " : ""}¶${n}`;
    text.textContent = words(doc, `p${n}`) ?? "This paragraph is not on the source page.";
  }).catch(() => {
    text.textContent = "The source could not be read here; follow the link to the paragraph.";
  });
}

function mark(event) {
  const link = event.target.closest && event.target.closest(".cite > a");
  if (link) show(link);
}

document.addEventListener("mouseover", mark);
document.addEventListener("focusin", mark);
// Escape dismisses an open note without moving the pointer or focus (WCAG 1.4.13).
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  document.querySelectorAll(".cite:hover, .cite:focus-within").forEach((c) => c.classList.add("tip-closed"));
});
document.addEventListener("mouseout", (event) => {
  const cite = event.target.closest && event.target.closest(".cite");
  if (cite && !cite.contains(event.relatedTarget)) cite.classList.remove("tip-closed");
});
