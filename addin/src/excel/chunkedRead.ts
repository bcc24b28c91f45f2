import { isPayloadTooLarge, jsonBytes, nextChunkRows } from "./payload";

/** The values of one block of a sheet, as `Range.values` and `Range.valueTypes` give them. */
export interface RangeBlock {
  values: unknown[][];
  valueTypes: string[][];
}

/**
 * Reads `rowCount` rows from (0-based) `top`, `left` of `sheet`, `columns` wide, in chunks sized so that no response
 * exceeds Excel on the web's 5 MB limit (see payload.ts): one `context.sync` per chunk, the chunk size following the
 * largest row measured, halved and retried when Excel still refuses one for its size.
 * @param onChunk called after each chunk with the rows read so far
 * @throws the Excel error of a chunk that fails for any other reason, or of a single row over the limit
 */
export async function readRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  top: number,
  left: number,
  rowCount: number,
  columns: number,
  onChunk?: (rowsRead: number) => void,
): Promise<RangeBlock> {
  const block: RangeBlock = { values: [], valueTypes: [] };
  let bytesPerRow = 0;
  let cap = Number.MAX_SAFE_INTEGER;
  while (block.values.length < rowCount) {
    const done = block.values.length;
    const rows = Math.min(cap, nextChunkRows(bytesPerRow, columns, rowCount - done));
    const range = sheet.getRangeByIndexes(top + done, left, rows, columns).load(["values", "valueTypes"]);
    try {
      await context.sync();
    } catch (error) {
      if (isPayloadTooLarge(error) && rows > 1) {
        cap = Math.max(1, Math.floor(rows / 2));
        continue;
      }
      throw error;
    }
    bytesPerRow = Math.max(bytesPerRow, Math.ceil((jsonBytes(range.values) + jsonBytes(range.valueTypes)) / rows));
    block.values.push(...range.values);
    block.valueTypes.push(...(range.valueTypes as string[][]));
    onChunk?.(block.values.length);
  }
  return block;
}
