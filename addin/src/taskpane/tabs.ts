/**
 * The tab list: click or arrow keys move between panes (WAI-ARIA tabs pattern), one tab in the focus order; in a pane
 * narrower than 400 px the `#tab-picker` dropdown does the same.
 */
export function wireTabs(): void {
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  // Below 400 px the tab list is replaced by a dropdown (taskpane.css); both select the same panes.
  const picker = document.getElementById("tab-picker") as HTMLSelectElement | null;
  const select = (tab: HTMLButtonElement) => {
    if (picker) {
      picker.value = tab.id;
    }
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute("aria-selected", String(selected));
      other.tabIndex = selected ? 0 : -1;
      document.getElementById(other.getAttribute("aria-controls")!)!.hidden = !selected;
    }
  };
  picker?.addEventListener("change", () => {
    // A click, so the panes' own tab handlers (Decide reads the workbook's initiative ids) run as well.
    tabs.find((t) => t.id === picker.value)?.click();
  });
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => select(tab));
    tab.addEventListener("keydown", (event) => {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (step !== 0) {
        const next = tabs[(i + step + tabs.length) % tabs.length];
        select(next);
        next.focus();
      }
    });
  });
}
