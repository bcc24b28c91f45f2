import type { PaneContext } from "../app";
import { action, activity, byId, el, loading, stateLine } from "../ui";

/** Status: the weekly email preview (`GET /api/status/preview`) and registration for the weekly run (`POST /api/workbooks`). */
export function wireStatus(pane: PaneContext): void {
  const preview = byId<HTMLButtonElement>("status-preview");
  const register = byId<HTMLButtonElement>("status-register");
  const messages = byId("status-messages");
  preview.addEventListener("click", action(preview, async () => {
    activity("Composing the weekly status…");
    const workbookId = await pane.workbookId();
    const list = await loading(messages, "Composing the weekly status…",
      () => pane.api.statusPreview(workbookId, byId<HTMLInputElement>("status-asof").value));
    if (list.length === 0) {
      messages.replaceChildren(stateLine("No message would be sent this week."));
      activity("0 messages would be sent; nothing was sent.");
      return;
    }
    messages.replaceChildren(...list.map((m) => {
      const details = el("details");
      details.append(el("summary", `${m.recipients.join(", ")}: ${m.subject}`), el("pre", m.text));
      return details;
    }));
    activity(`${list.length} messages would be sent; nothing was sent.`);
  }));
  register.addEventListener("click", action(register, async () => {
    activity("Registering the workbook…");
    const answer = await pane.api.registerWorkbook(await pane.workbookId());
    byId("status-registered").textContent =
      `Registered ${answer.workbookId} for the weekly run (by ${answer.registeredBy}, ${answer.registeredAt}).`;
    activity("Registered.");
  }));
}
