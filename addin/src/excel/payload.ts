/**
 * Request and response size limits of Excel on the web (docs/rules.md#excel-add-in: large portfolios review end to end).
 * Excel on the web refuses any request or response over 5 MB with `RequestPayloadSizeLimitExceeded`; every read and
 * write of the pane is chunked by rows so that one batch stays well under it.
 */

/** The hard limit of one Excel on the web request or response, in bytes (5 MB). */
export const EXCEL_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * The bytes one batch aims at: a third of the limit, because a chunk is sized from the rows measured so far and the
 * next rows may be longer, and the JSON envelope of a batch adds its own bytes.
 */
export const CHUNK_TARGET_BYTES = Math.floor(EXCEL_PAYLOAD_LIMIT_BYTES / 3);

/** The error code Excel answers an oversized batch with. */
export const PAYLOAD_TOO_LARGE_CODE = "RequestPayloadSizeLimitExceeded";

const encoder = new TextEncoder();

/** The UTF-8 size in bytes of `value` as JSON, as it travels in an Excel batch. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/**
 * How many rows the next chunk may take, given the largest bytes per row measured so far.
 * @param bytesPerRow the largest row measured, in bytes (0 when nothing has been measured yet)
 * @param columns the columns of a row, used for the first chunk's guess
 * @param remaining rows still to move
 */
export function nextChunkRows(bytesPerRow: number, columns: number, remaining: number): number {
  // Before anything is measured, assume 40 bytes a cell: a first chunk of about 1.3 MB of typical cells.
  const perRow = bytesPerRow > 0 ? bytesPerRow : Math.max(1, columns) * 40;
  return Math.max(1, Math.min(remaining, Math.floor(CHUNK_TARGET_BYTES / perRow)));
}

/** True when `error` is Excel refusing a batch for its size. */
export function isPayloadTooLarge(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === PAYLOAD_TOO_LARGE_CODE;
}

/**
 * How many rows from `from` go in the next bulk write: as many as fit {@link CHUNK_TARGET_BYTES} with their number
 * formats, measured row by row as JSON, and at least one.
 */
export function rowsThatFit(rows: unknown[][], formats: string[], from: number): number {
  const formatBytes = jsonBytes(formats);
  let bytes = 0;
  let count = 0;
  while (from + count < rows.length) {
    const next = jsonBytes(rows[from + count]) + formatBytes;
    if (count > 0 && bytes + next > CHUNK_TARGET_BYTES) {
      break;
    }
    bytes += next;
    count++;
  }
  return count;
}
