import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// src/api/openapi.json is the backend's generated OpenAPI document (a .NET test holds it equal to what the backend
// serves); src/api/openapi.ts must be exactly what openapi-typescript makes of it, so the pane's API types cannot drift.
const api = join(import.meta.dirname, "../../../src/api");
const cli = join(import.meta.dirname, "../../../node_modules/openapi-typescript/bin/cli.js");
const scratch = mkdtempSync(join(tmpdir(), "og-openapi-"));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("openapi.ts", () => {
  it("is what openapi-typescript generates from openapi.json", () => {
    const generated = join(scratch, "openapi.ts");
    execFileSync(process.execPath, [cli, join(api, "openapi.json"), "-o", generated], { stdio: "pipe" });

    expect(readFileSync(join(api, "openapi.ts"), "utf8"), "run npm run generate:api").toBe(readFileSync(generated, "utf8"));
  }, 60_000); // a child node process, on a busy machine

  it("types every documented endpoint of the client", () => {
    const document = JSON.parse(readFileSync(join(api, "openapi.json"), "utf8")) as { paths: Record<string, unknown> };

    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining([
      "/api/review", "/api/classify", "/api/decisions", "/api/decisions/verify", "/api/decision-rights",
      "/api/status/preview", "/api/workbooks", "/api/finance-report",
    ]));
  });
});
