import { el } from "./ui";

/** How many cards a group lists before "and N more" (the rest are in the workbook's tables). */
export const MAX_CARDS = 10;

/** A card: its title line, its detail line, and anything after them (a button). */
export function card(title: string, detail: string, ...after: HTMLElement[]): HTMLLIElement {
  const item = el("li", undefined, "card");
  item.append(el("strong", title), el("span", detail), ...after);
  return item;
}

/**
 * A group of cards under `heading`: the first {@link MAX_CARDS} items, each drawn by `draw` (only those are drawn, so
 * a group of 2,000 costs ten cards), then "and N more" followed by `rest`. The list is named `label` for screen
 * readers when given. Used by the Review's needs-action view and the Finance pane, so the two read alike.
 */
export function cardGroup<T>(heading: HTMLElement, items: T[], draw: (item: T) => HTMLLIElement, rest: string, label?: string): HTMLElement[] {
  const list = el("ul", undefined, "cards");
  if (label) {
    list.setAttribute("aria-label", label);
  }
  items.slice(0, MAX_CARDS).forEach((item) => list.append(draw(item)));
  const more = items.length - MAX_CARDS;
  return more > 0 ? [heading, list, el("p", `and ${more.toLocaleString()} more${rest}`)] : [heading, list];
}
