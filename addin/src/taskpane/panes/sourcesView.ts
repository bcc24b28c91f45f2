import { ApiError } from "../../api/problems";
import type { AgentSyncDocument, SpendImportDocument, UnallocatedLine } from "../../api/types";

/**
 * What the Sources pane shows for an answer, as plain blocks (so the wording is tested without a DOM): a paragraph
 * (`ok` when nothing needs doing, `note` for what the user must do next), a heading, or a table whose rows scroll in
 * their own box (`totals`: every column after the first is a number, and the last row is the total).
 */
export type SourcesBlock =
  | { kind: "p"; text: string; tone?: "ok" | "note" }
  | { kind: "h"; text: string }
  | { kind: "table"; label: string; headers: string[]; rows: string[][]; totals?: boolean };

/** Said after every save: the service writes the stored copy, so the open workbook does not show the rows yet. */
export const STALE = "Saved to the stored workbook; reopen or refresh to see the rows.";

const money = (n: number) => n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/**
 * The blocks of a `POST /api/spend-imports` answer (docs/rules.md#cost-import): rows added, replaced and left, the
 * allocated cost, and the unallocated cost by tag value, sub-account and service, each with its total (money in the
 * workbook currency). An import the workbook already held says that nothing changed.
 */
export function importBlocks(answer: SpendImportDocument): SourcesBlock[] {
  const c = answer.currency;
  const from = `${count(answer.charges, "charge")} from ${answer.sources.length === 0 ? "no source" : answer.sources.join(", ")}`;
  const blocks: SourcesBlock[] = answer.unchanged
    ? [{ kind: "p", tone: "ok", text: `Nothing changed: the stored workbook already holds this import (${from}); nothing was saved.` }]
    : [{ kind: "p", text: `Imported ${from}: ${count(answer.added, "Spend row")} added, ${answer.replaced} replaced, ` +
        `${answer.left} left as they were (${answer.typed} of them typed).` },
      { kind: "p", tone: "note", text: STALE }];
  const un = answer.unallocated;
  blocks.push({ kind: "p", text: `Allocated ${money(answer.allocated)} ${c}; unallocated ${money(un.total)} ${c} ` +
    `in ${count(un.charges, "charge")}.` });
  if (un.charges === 0) {
    blocks.push({ kind: "p", tone: "ok", text: "Every charge matched a cost allocation rule." });
    return blocks;
  }
  const breakdown = (title: string, label: string, lines: UnallocatedLine[]): SourcesBlock[] => [
    { kind: "h", text: `Unallocated by ${title}` },
    { kind: "table", label: `Unallocated by ${title}`, headers: [label, "Charges", `Amount (${c})`],
      rows: [...lines.map((l) => [l.label, String(l.charges), money(l.amount)]),
        ["Total", String(un.charges), money(un.total)]], totals: true },
  ];
  return [...blocks, ...breakdown("tag value", "Tag value", un.byTag),
    ...breakdown("sub-account", "Sub-account", un.bySubAccount), ...breakdown("service", "Service", un.byService)];
}

/**
 * The blocks of a `POST /api/agents/sync` answer (docs/rules.md#agent-sync): added, changed, flagged and unchanged, the
 * added rows, each change and flag, the owners that differ from Entra (reported, not overwritten) and the relations
 * that could not be read. A sync that wrote nothing says that nothing changed.
 */
export function syncBlocks(answer: AgentSyncDocument): SourcesBlock[] {
  const counts = `${answer.added} added, ${answer.changed} changed, ${answer.flagged} flagged, ${answer.unchanged} unchanged`;
  const blocks: SourcesBlock[] = answer.written
    ? [{ kind: "p", text: `Agents synced from Microsoft Entra Agent ID: ${counts}.` }, { kind: "p", tone: "note", text: STALE }]
    : [{ kind: "p", tone: "ok", text: `Nothing changed: the Agents table already matches Microsoft Entra Agent ID ` +
        `(${counts}); nothing was saved.` }];
  const table = (title: string, headers: string[], rows: string[][]) => rows.length === 0 ? [] : [
    { kind: "h", text: `${title} (${rows.length})` } as SourcesBlock,
    { kind: "table", label: title, headers, rows } as SourcesBlock];
  return [...blocks,
    ...table("Flags", ["Agent", "Kind", "Message"], answer.flags.map((f) => [f.agentId, f.kind, f.message])),
    ...table("Added", ["Agent", "Name", "Status", "Owner", "Kill switch owner", "Entra object id"], answer.addedAgents.map((a) =>
      [a.agentId, a.name, a.status, a.owner ?? "", a.killSwitchOwner ?? "", a.entraObjectId])),
    ...table("Changed", ["Agent", "Row", "Column", "Before", "After"], answer.changes.map((ch) =>
      [ch.agentId, String(ch.row), ch.column, ch.before ?? "", ch.after])),
    ...table("Differs from Entra, not overwritten", ["Agent", "Column", "Workbook", "Entra"], answer.differences.map((d) =>
      [d.agentId, d.column, d.workbook, d.entra])),
    ...table("Could not be read", ["What"], answer.unreadable.map((u) => [u])),
  ];
}

/**
 * A 409 of either write said plainly: the stored workbook changed between the service's read and its save, and nothing
 * was written; any other error is returned as it is.
 */
export function conflictSaid(error: unknown, what: string): unknown {
  if (!(error instanceof ApiError) || error.status !== 409) {
    return error;
  }
  return new ApiError("problem", 409, "The workbook changed meanwhile; nothing was saved.",
    `Someone saved the stored workbook while the ${what} ran. Try again.${error.detail ? ` (${error.detail})` : ""}`,
    error.lines, error.extensions);
}
