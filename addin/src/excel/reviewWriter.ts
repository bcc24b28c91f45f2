import type { ReviewDocument } from "../api/types";
import { type TableWritten, writeTable } from "./tableWriter";

/** What a write did. */
export type ReviewWritten = TableWritten;

/**
 * Writes the Review table (docs/rules.md#workbook-contract) from the review answer's `sheet`, the table exactly as
 * the backend lays it out and as `review --write` writes it (ADR 0031), through the one table writer.
 * @param onProgress rows written so far, of the total
 * @throws Error when the answer carries no sheet (a backend older than the add-in), or as {@link writeTable} does
 */
export async function writeReview(
  review: ReviewDocument,
  onProgress?: (rowsWritten: number, rowCount: number) => void,
): Promise<ReviewWritten> {
  if (!review.sheet) {
    throw new Error("The review answer carries no Review sheet to write; update the backend, then review again.");
  }
  return writeTable(review.sheet, onProgress);
}
