// The reading view's only script: shows a record's card on hover or keyboard focus, lets Enter move into the card
// (its links), Escape close it, and keeps switched-off layers out of the tab order. The page reads without it.
const popover = document.getElementById("popover");
let shownFor = null;
const layerOn = (element) => document.getElementById(`layer-${element.dataset.layer}`)?.checked !== false;
function markAt(element) {
  let mark = element instanceof Element ? element.closest("[data-card]") : null;
  while (mark !== null && !layerOn(mark)) mark = mark.parentElement.closest("[data-card]");
  return mark;
}
function hide() {
  popover.hidden = true;
  shownFor?.classList.remove("current");
  shownFor = null;
}
function show(mark) {
  const card = document.getElementById(mark.dataset.card);
  if (card === null) return;
  shownFor?.classList.remove("current");
  shownFor = mark;
  mark.classList.add("current");
  popover.innerHTML = card.innerHTML;
  popover.setAttribute("aria-label", card.getAttribute("aria-label"));
  popover.hidden = false;
  const box = mark.getBoundingClientRect();
  const left = Math.min(box.left, document.documentElement.clientWidth - popover.offsetWidth - 8);
  popover.style.left = `${Math.max(8, left) + window.scrollX}px`;
  popover.style.top = `${box.bottom + window.scrollY + 6}px`;
}
document.addEventListener("focusin", (event) => {
  if (popover.contains(event.target)) return;
  const mark = markAt(event.target);
  if (mark !== null) show(mark);
  else hide();
});
document.addEventListener("mouseover", (event) => {
  if (popover.contains(event.target)) return;
  const mark = markAt(event.target);
  if (mark !== null) show(mark);
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && shownFor !== null) {
    const mark = shownFor;
    hide();
    mark.focus();
  } else if (event.key === "Enter" && event.target.matches?.("[data-card][tabindex]")) {
    popover.querySelector("a")?.focus();
    event.preventDefault();
  }
});
for (const input of document.querySelectorAll(".layers input")) {
  input.addEventListener("change", () => {
    const marks = document.querySelectorAll(`[data-layer="${input.value}"][tabindex]`);
    for (const mark of marks) mark.tabIndex = input.checked ? 0 : -1;
    hide();
  });
}
