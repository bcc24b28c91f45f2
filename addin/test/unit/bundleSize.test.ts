import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module script without types
import { BUDGET_BYTES, gzippedJavaScript } from "../../scripts/bundleSize.mjs";

const dist = new URL("../../dist", import.meta.url).pathname;

describe("the built task pane", () => {
  it("bundle_AllJavaScriptGzipped_IsUnder150KB", () => {
    expect(existsSync(dist), "dist/ is built by npm test (npm run build)").toBe(true);
    const bytes: number = gzippedJavaScript(dist);
    expect(bytes).toBeGreaterThan(10_000);
    expect(bytes).toBeLessThan(BUDGET_BYTES);
  });
});
