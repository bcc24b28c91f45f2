import { afterAll, beforeAll, expect, it } from "vitest";
import { ApiClient } from "../../src/api/client";
import { EXCEL_PAYLOAD_LIMIT_BYTES } from "../../src/excel/payload";
import { writeReview } from "../../src/excel/reviewWriter";
import { readTables } from "../../src/excel/tableReader";
import { type Backend, startBackend, stopBackend } from "../browser/harness";
import { installExcel } from "../support/fakeExcel";
import { LARGE, largePortfolioSeed } from "../support/largePortfolio";

// The 2,000-initiative portfolio of docs/rules.md#performance end to end: read from the Excel fake in chunks, reviewed by
// the real backend, written back as the Review table; no Excel batch over the 5 MB limit of Excel on the web.
let backend: Backend;
beforeAll(async () => {
  backend = await startBackend(["large.xlsx"]);
});
afterAll(() => stopBackend(backend));

it("Review_LargePortfolio_ReadsReviewsAndWritesEveryInitiativeWithinTheExcelLimit", async () => {
  const model = installExcel(largePortfolioSeed());
  const tables = await readTables();
  const review = await new ApiClient(`${backend.url}/api`, async () => null).review("large.xlsx", tables, "2026-11-20");
  expect(review.initiatives).toHaveLength(LARGE.initiatives);
  const written = await writeReview(review);
  expect(written.rows).toBe(LARGE.initiatives);
  expect(model.table("Review")!.values().map((r) => r[0])).toEqual(review.initiatives.map((i) => i.id));
  expect(Math.max(...model.batches.map((b) => Math.max(b.request, b.response)))).toBeLessThan(EXCEL_PAYLOAD_LIMIT_BYTES);
}, 120_000);
