import type { SpendCostBasis } from "../../api/types";
import type { PaneContext } from "../app";
import { action, activity, byId, el, textTable } from "../ui";
import "./sources.css";
import { type SourcesBlock, conflictSaid, importBlocks, syncBlocks } from "./sourcesView";

/**
 * Sources (issue 26, docs/rules.md#excel-add-in): imports a FOCUS cost export (`POST /api/spend-imports`, the chosen
 * file's bytes as the body) and syncs the Agents table from Microsoft Entra Agent ID (`POST /api/agents/sync`). Both
 * write the stored workbook, never the open one, so the pane says to reopen or refresh after a save.
 */
export function wireSources(pane: PaneContext): void {
  const file = byId<HTMLInputElement>("src-file");
  const cost = byId<HTMLSelectElement>("src-cost");
  const importButton = byId<HTMLButtonElement>("src-import");
  const importResult = byId("src-import-result");
  const syncButton = byId<HTMLButtonElement>("src-sync");
  const syncResult = byId("src-sync-result");
  importButton.addEventListener("click", action(importButton, async () => {
    importResult.replaceChildren();
    const chosen = file.files?.[0];
    if (!chosen) {
      throw new Error("Choose a FOCUS cost export first (.csv, .gz or .parquet).");
    }
    const workbookId = await pane.workbookId();
    activity(`Importing ${chosen.name}…`);
    const answer = await pane.api.importSpend(workbookId, chosen, chosen.name, cost.value as SpendCostBasis)
      .catch((error: unknown) => Promise.reject(conflictSaid(error, "import")));
    importResult.append(...render(importBlocks(answer)));
    activity(answer.unchanged ? `${chosen.name}: nothing changed.` : `${chosen.name} imported: ${answer.added} Spend rows added.`);
  }));
  syncButton.addEventListener("click", action(syncButton, async () => {
    syncResult.replaceChildren();
    const workbookId = await pane.workbookId();
    activity("Syncing agents from Microsoft Entra Agent ID…");
    const answer = await pane.api.syncAgents(workbookId).catch((error: unknown) => Promise.reject(conflictSaid(error, "sync")));
    syncResult.append(...render(syncBlocks(answer)));
    activity(answer.written ? `Agents synced: ${answer.added} added, ${answer.changed} changed, ${answer.flagged} flagged.`
      : "Agents: nothing changed.");
  }));
}

function render(blocks: SourcesBlock[]): HTMLElement[] {
  return blocks.map((block) => {
    switch (block.kind) {
      case "p":
        return el("p", block.text, block.tone);
      case "h":
        return el("h3", block.text);
      case "table": {
        const box = textTable(block.headers, block.rows);
        box.classList.add("sources-list");
        if (block.totals) {
          box.classList.add("totals");
        }
        box.setAttribute("aria-label", block.label);
        return box;
      }
    }
  });
}
