import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The pane's look comes from Fluent 2 tokens (issue 24): defined once in :root, used everywhere else.
const css = readFileSync(resolve(import.meta.dirname, "../../src/taskpane/taskpane.css"), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
const root = /:root\s*\{([^}]*)\}/.exec(css)![1];
const rules = css.replace(/:root\s*\{[^}]*\}/, "");

describe("taskpane.css", () => {
  it("Tokens_Root_NamedAfterFluentColourTypeSpacingAndRadiusTokens", () => {
    const names = [...root.matchAll(/--([A-Za-z0-9]+):/g)].map((m) => m[1]);
    for (const family of [/^colorNeutralForeground1$/, /^colorBrandBackground$/, /^fontSizeBase\d{3}$/, /^fontWeight/,
      /^spacingHorizontal/, /^spacingVertical/, /^borderRadiusMedium$/, /^strokeWidth/]) {
      expect(names.some((n) => family.test(n)), String(family)).toBe(true);
    }
    expect(names.every((n) => /^(color|font|lineHeight|spacing|borderRadius|strokeWidth)[A-Z]/.test(n)), names.join(", ")).toBe(true);
  });

  it("Rules_OutsideRoot_NoRawColourAndEveryTokenUsedIsDefined", () => {
    expect(rules).not.toMatch(/#[0-9a-fA-F]{3,8}\b(?![\w-])/);
    expect(rules).not.toMatch(/\brgba?\(/);
    expect(rules).not.toMatch(/font-size:\s*\d/);
    const defined = new Set([...root.matchAll(/--([A-Za-z0-9]+):/g)].map((m) => m[1]));
    const used = [...rules.matchAll(/var\(--([A-Za-z0-9]+)\)/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((n) => !defined.has(n))).toEqual([]);
  });
});
