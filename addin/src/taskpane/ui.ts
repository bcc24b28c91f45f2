import { ApiError } from "../api/problems";
import { selectCell } from "../excel/selection";
import { SheetBlockedError } from "../excel/sheetCells";

/** The element with `id`, typed. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) {
    throw new Error(`The task pane has no element #${id}.`);
  }
  return element as T;
}

/** A new element with text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text !== undefined) {
    element.textContent = text;
  }
  if (className) {
    element.className = className;
  }
  return element;
}

/** Shows what the pane is doing; with `done` and `of`, a progress bar too. */
export function activity(text: string, done?: number, of?: number): void {
  byId("activity-text").textContent = text;
  const bar = byId<HTMLProgressElement>("activity-progress");
  bar.hidden = done === undefined;
  if (done !== undefined && of !== undefined) {
    bar.max = Math.max(1, of);
    bar.value = done;
  } else {
    bar.removeAttribute("value");
  }
}

/** Hides the problem box. */
export function clearProblems(): void {
  byId("problems").hidden = true;
  byId("problems-list").replaceChildren();
}

/**
 * Shows a failure: a backend problem with one line per error and, for a line naming a cell, a button that selects
 * that cell; a network or sign-in failure with what to do; anything else with its message.
 */
export function showFailure(error: unknown): void {
  const box = byId("problems");
  const list = byId("problems-list");
  list.replaceChildren();
  let title = "Something went wrong.";
  let detail = error instanceof Error ? error.message : String(error);
  if (error instanceof ApiError) {
    title = error.title;
    detail = error.detail;
    for (const line of error.lines) {
      const item = el("li", line.text);
      if (line.cell) {
        const { sheet, cell } = line.cell;
        const go = el("button", `Select ${sheet}!${cell}`);
        go.type = "button";
        go.addEventListener("click", () => void selectCell(sheet, cell).catch(showFailure));
        item.append(go);
      }
      list.append(item);
    }
  } else if (error instanceof SheetBlockedError) {
    title = `The ${error.what} would cover other data.`;
    const item = el("li", `${error.sheet}!${error.cell}`);
    const go = el("button", `Select ${error.sheet}!${error.cell}`);
    go.type = "button";
    go.addEventListener("click", () => void selectCell(error.sheet, error.cell).catch(showFailure));
    item.append(go);
    list.append(item);
  }
  byId("problems-title").textContent = title;
  byId("problems-detail").textContent = detail;
  box.hidden = false;
  activity("");
}

/** A loading or empty state line ("Loading…", "No decisions logged yet."), announced politely to screen readers. */
export function stateLine(text: string): HTMLElement {
  const line = el("p", text, "state");
  line.setAttribute("role", "status");
  return line;
}

/**
 * Shows `text` in `box` while `work` runs (the box marked busy), so a pane never looks empty while it waits; when
 * `work` fails the box is emptied (the problem box says why) and the failure is thrown on.
 */
export async function loading<T>(box: HTMLElement, text: string, work: () => Promise<T>): Promise<T> {
  box.replaceChildren(stateLine(text));
  box.setAttribute("aria-busy", "true");
  try {
    return await work();
  } catch (error) {
    box.replaceChildren();
    throw error;
  } finally {
    box.removeAttribute("aria-busy");
  }
}

/**
 * Runs one user action: disables its button, clears old problems, shows any failure; the rest of the pane stays usable.
 */
export function action(button: HTMLButtonElement, run: () => Promise<void>): () => Promise<void> {
  return async () => {
    if (button.disabled) {
      return;
    }
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
    clearProblems();
    try {
      await run();
    } catch (error) {
      showFailure(error);
    } finally {
      button.disabled = false;
      button.removeAttribute("aria-busy");
    }
  };
}

/**
 * A table of rows under headers, text only, in a box that scrolls sideways on its own when the table is wider than
 * the pane (a 320 px pane never scrolls sideways as a whole). The box is focusable so keyboard users can scroll it.
 */
export function textTable(headers: string[], rows: (string | number)[][]): HTMLElement {
  const table = el("table");
  const head = el("tr");
  headers.forEach((h) => head.append(el("th", h)));
  table.append(el("thead"), el("tbody"));
  table.tHead!.append(head);
  for (const row of rows) {
    const tr = el("tr");
    row.forEach((cell) => tr.append(el("td", String(cell))));
    table.tBodies[0].append(tr);
  }
  const box = el("div", undefined, "scroll");
  box.tabIndex = 0;
  box.setAttribute("role", "region");
  box.setAttribute("aria-label", headers.join(", "));
  box.append(table);
  return box;
}
