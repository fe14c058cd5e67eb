/**
 * The site search of guides and data, in the browser (bundled with MiniSearch into the site's custom script): as
 * the reader types in TypeDoc's search box, the guide sections and data records that match are listed under
 * TypeDoc's own results (API names). The index is loaded on first use from a script beside TypeDoc's assets.
 */
import MiniSearch from "minisearch";
import { SEARCH_INDEX_FILE, SEARCH_INDEX_GLOBAL, SEARCH_OPTIONS, type SearchEntry } from "./search-options.js";

const MAX_RESULTS = 12;

type StoredFields = Pick<SearchEntry, "kind" | "title" | "where">;

let loading: Promise<MiniSearch<SearchEntry>> | undefined;

/** The site root, as TypeDoc tells it on every page. */
function base(): string {
  const root = document.documentElement.dataset.base ?? "./";
  return root.endsWith("/") ? root : `${root}/`;
}

/** Loads the index script once (a script, not a fetch, so the site also works from `file://`). */
function loadIndex(): Promise<MiniSearch<SearchEntry>> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = `${base()}${SEARCH_INDEX_FILE}`;
    script.onload = () => {
      const serialized = (window as unknown as Record<string, string>)[SEARCH_INDEX_GLOBAL];
      if (serialized === undefined) reject(new Error("the search index did not load"));
      else resolve(MiniSearch.loadJSON<SearchEntry>(serialized, SEARCH_OPTIONS));
    };
    script.onerror = () => reject(new Error("the search index did not load"));
    document.head.append(script);
  });
  return loading;
}

/** The list of results, created under TypeDoc's. */
function resultList(): HTMLUListElement | undefined {
  const existing = document.getElementById("newsfacts-search-results");
  if (existing instanceof HTMLUListElement) return existing;
  const typedocResults = document.getElementById("tsd-search-results");
  if (typedocResults === null) return undefined;
  const list = document.createElement("ul");
  list.id = "newsfacts-search-results";
  list.className = typedocResults.className;
  list.setAttribute("aria-label", "Guides and data");
  typedocResults.after(list);
  return list;
}

/** Shows the matches of `query`. */
async function showResults(query: string): Promise<void> {
  const list = resultList();
  if (list === undefined) return;
  if (query.trim().length < 2) {
    list.replaceChildren();
    return;
  }
  const index = await loadIndex();
  const matches = index.search(query).slice(0, MAX_RESULTS);
  list.replaceChildren(
    ...matches.map((match) => {
      const { kind, title, where } = match as unknown as StoredFields;
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = `${base()}${match.id}`;
      const label = document.createElement("span");
      label.className = "newsfacts-result-kind";
      label.textContent = kind;
      const text = document.createElement("span");
      text.textContent = kind === "guide" && title !== where ? `${where} › ${title}` : `${title} — ${where}`;
      link.append(label, text);
      item.append(link);
      return item;
    }),
  );
}

/**
 * TypeDoc names the fields of an inferred object type through an internal `__type` step
 * (`newsfacts/schema.Mention.__type.span`): its results show them as readers write them (`Mention.span`).
 */
function tidyTypedocResults(results: Element): void {
  for (const parent of results.querySelectorAll(".parent")) {
    const text = parent.textContent ?? "";
    if (text.includes("__type.")) parent.textContent = text.replace(/__type\./g, "");
  }
}

const typedocResults = document.getElementById("tsd-search-results");
if (typedocResults !== null) {
  new MutationObserver(() => tidyTypedocResults(typedocResults)).observe(typedocResults, { childList: true });
}

const input = document.getElementById("tsd-search-input");
if (input instanceof HTMLInputElement) {
  input.addEventListener("input", () => {
    // A missing index leaves TypeDoc's own results; the reason goes to the console, not to the reader.
    showResults(input.value).catch((error: unknown) => console.warn("newsfacts search:", error));
  });
}
