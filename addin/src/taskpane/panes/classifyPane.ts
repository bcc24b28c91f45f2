import type { ClassifyDocument } from "../../api/types";
import { addInitiative } from "../../excel/initiatives";
import type { PaneContext } from "../app";
import { action, activity, byId, el } from "../ui";

const DATA = ["None", "Internal", "Customer personal", "Financial", "Billing", "Credentials", "Regulated", "Production systems"];
const ACTIONS = ["Summarize", "Draft", "Recommend", "Send externally", "Update records", "Change permissions",
  "Change billing", "Deploy code", "Publish", "Decide autonomously"];

function checkboxes(fieldset: HTMLElement, prefix: string, labels: string[]): void {
  labels.forEach((label, i) => {
    const box = el("input");
    box.type = "checkbox";
    box.id = `${prefix}-${i}`;
    box.value = label;
    const text = el("label");
    text.htmlFor = box.id;
    text.append(box, label);
    fieldset.append(text);
  });
}

const checked = (fieldset: HTMLElement) =>
  [...fieldset.querySelectorAll<HTMLInputElement>("input:checked")].map((box) => box.value);
const value = (id: string) => byId<HTMLInputElement | HTMLTextAreaElement>(id).value.trim();

/** Classify: a proposed workflow, `POST /api/classify`, then one new Initiatives row (docs/rules.md#excel-add-in). */
export function wireClassify(pane: PaneContext): void {
  const data = byId("cls-data");
  const actions = byId("cls-actions");
  checkboxes(data, "cls-data", DATA);
  checkboxes(actions, "cls-act", ACTIONS);
  const form = byId<HTMLFormElement>("classify-form");
  const run = byId<HTMLButtonElement>("cls-run");
  const add = byId<HTMLButtonElement>("cls-add");
  const result = byId("cls-result");
  let classified: ClassifyDocument | null = null;
  form.addEventListener("input", () => {
    classified = null;
    add.disabled = true;
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void action(run, async () => {
      activity("Classifying…");
      const answer = await pane.api.classify({
        dataTouched: checked(data), actions: checked(actions),
        audience: value("cls-audience") || undefined, humanCheckpoint: value("cls-checkpoint") || undefined,
        owner: value("cls-owner") || undefined, successMetric: value("cls-metric") || undefined,
        // The same text the review reads from the row this form adds (Name, Workflow, Purpose): one answer.
        name: value("cls-name") || undefined, workflow: value("cls-workflow") || undefined,
        purpose: value("cls-purpose") || undefined,
      });
      classified = answer;
      result.replaceChildren(el("h2", `Risk level: ${answer.level}`));
      const reasons = el("ul");
      answer.decidingInputs.forEach((d) => reasons.append(el("li", d)));
      answer.stopConditions.forEach((s) => reasons.append(el("li", `Stop condition: ${s.message}`, "bad")));
      result.append(reasons);
      activity(`Classified ${answer.level}. Add it to Initiatives when the inputs are right.`);
      add.disabled = false;
    })();
  });
  add.addEventListener("click", () => {
    if (!classified) {
      return;
    }
    const level = classified.level;
    void action(add, async () => {
      activity("Adding the Initiatives row…");
      const added = await addInitiative({
        InitiativeId: value("cls-id"), Name: value("cls-name"), Workflow: value("cls-workflow"), Purpose: value("cls-purpose"),
        Owner: value("cls-owner"), Stage: value("cls-stage"), DataTouched: checked(data).join("; "),
        Actions: checked(actions).join("; "), Audience: value("cls-audience"), HumanCheckpoint: value("cls-checkpoint"),
        RiskLevel: level, MonthlyBudgetCap: Number(value("cls-cap")), SuccessMetric: value("cls-metric"),
      }, ["Purpose"]);
      const kept = added.dropped.length === 0 ? ""
        : " Purpose was not kept: the Initiatives table has no Purpose column; add one to keep it.";
      activity(`Added ${value("cls-id")} to Initiatives (sheet row ${added.row}).${kept}`);
    })().then(() => {
      add.disabled = true;
    });
  });
}
