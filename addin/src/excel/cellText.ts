/**
 * Text that Excel would take as a formula (or a signed number) when written to `Range.values`: it begins with `=`,
 * `+`, `-` or `@` (docs/rules.md#hostile-workbooks). Such text is written with a leading apostrophe, which Excel keeps
 * as the cell's text prefix, so the cell holds exactly the text and never a formula.
 */
const FORMULA_LEAD = /^[=+\-@]/;

/** A value ready for `Range.values`: text that could be read as a formula is prefixed with an apostrophe. */
export function cellValue(value: string | number | boolean | null | undefined): string | number | boolean {
  if (value === null || value === undefined) {
    return "";
  }
  if (typeof value === "string" && FORMULA_LEAD.test(value)) {
    return `'${value}`;
  }
  return value;
}

/** True when `text` would be taken as a formula if written unprefixed. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_LEAD.test(text);
}
