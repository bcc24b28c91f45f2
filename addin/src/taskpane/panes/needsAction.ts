import type { InitiativeReview, ReviewDocument } from "../../api/types";
import { selectCell } from "../../excel/selection";
import type { ReviewWritten } from "../../excel/reviewWriter";
import { card as cardOf, cardGroup } from "../cards";
import { el, showFailure } from "../ui";

const GROUPS = ["Stop", "Pause", "Fix"] as const;

/**
 * What needs action after a review (issue 24; docs/rules.md#excel-add-in): the Stop, Pause and Fix initiatives, largest money
 * at stake first, then the decisions due, each as a card with its first reason and a button that selects the
 * initiative's row of the Review table just written. Money is in the workbook currency, in the user's locale.
 */
export function needsAction(review: ReviewDocument, written: ReviewWritten): HTMLElement {
  const box = el("div");
  const origin = /!\$?([A-Z]+)\$?(\d+):/.exec(written.address);
  const rowOf = new Map(review.initiatives.map((item, i) => [item.id, i]));
  const card = (item: InitiativeReview, detail: string) => {
    const index = rowOf.get(item.id);
    if (!origin || index === undefined) {
      return cardOf(`${item.id} ${item.name}`, detail);
    }
    const cell = `${origin[1]}${Number(origin[2]) + 1 + index}`;
    const go = el("button", "Select its row");
    go.type = "button";
    go.setAttribute("aria-label", `Select the Review row of ${item.id}`);
    go.addEventListener("click", () => void selectCell(written.sheet, cell).catch(showFailure));
    return cardOf(`${item.id} ${item.name}`, detail, go);
  };
  const group = (title: string, items: InitiativeReview[], detail: (item: InitiativeReview) => string) => {
    if (items.length === 0) {
      return;
    }
    box.append(...cardGroup(el("h3", `${title} (${items.length})`), items, (item) => card(item, detail(item)),
      ": see the Review table."));
  };
  const money = (amount: number | undefined) =>
    `${(amount ?? 0).toLocaleString(undefined, { maximumFractionDigits: 0 })} ${review.currency}`;
  const atStake = (a: InitiativeReview, b: InitiativeReview) => (b.nextDecision.atStake ?? 0) - (a.nextDecision.atStake ?? 0);
  for (const verdict of GROUPS) {
    group(verdict, review.initiatives.filter((i) => i.verdict === verdict).sort(atStake),
      (item) => `${money(item.nextDecision.atStake)} at stake: ${item.reasons[0] ?? ""}`);
  }
  const byId = new Map(review.initiatives.map((i) => [i.id, i]));
  const due = (review.portfolio.decisionsDue ?? []).map((id) => byId.get(id)).filter((i): i is InitiativeReview => !!i);
  group("Decisions due", due, (item) =>
    `${item.nextDecision.type} by ${new Date(`${item.nextDecision.due}T00:00:00`).toLocaleDateString()}, ` +
    `${money(item.nextDecision.atStake)}, ${item.riskLevel} risk; ` +
    `${item.nextDecision.approvers.length > 0 ? item.nextDecision.approvers.join(", ") : "nobody may approve"}`);
  if (box.childElementCount === 0) {
    box.append(el("p", "Nothing needs action: no Stop, Pause or Fix verdict and no decision due."));
  }
  return box;
}
