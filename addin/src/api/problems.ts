/**
 * Backend failures as the pane shows them. Problems are RFC 9457 problem details; invalid workbook tables list each
 * problem in `errors` as `Table[Column] row N (Sheet!A1): message` (README "HTTP API").
 */

/** A cell a problem names, with the sheet unquoted. */
export interface ProblemCell {
  table: string;
  column: string;
  row: number;
  sheet: string;
  cell: string;
}

/** One line of a problem's `errors`, with the cell when it names one. */
export interface ProblemLine {
  text: string;
  cell: ProblemCell | null;
}

/** What went wrong: the service answered with a problem, could not be reached, or the sign-in failed. */
export type FailureKind = "problem" | "network" | "sign-in";

/** A failure of a backend call, with what the user can do about it. */
export class ApiError extends Error {
  readonly kind: FailureKind;
  /** The HTTP status (0 when no answer came). */
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly lines: ProblemLine[];
  /** The problem's extension members (such as `couldApprove` of a refused decision). */
  readonly extensions: Record<string, unknown>;

  constructor(kind: FailureKind, status: number, title: string, detail: string, lines: ProblemLine[] = [],
    extensions: Record<string, unknown> = {}) {
    super(detail ? `${title} ${detail}` : title);
    this.name = "ApiError";
    this.kind = kind;
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.lines = lines;
    this.extensions = extensions;
  }
}

const CELL_LINE = /^(.+?)\[(.+?)\] row (\d+) \(('(?:[^']|'')+'|[^!]+)!([A-Z]{1,3}\d+)\):/;

/** The cell named by one `errors` line, or null when it names none (a field or whole-table problem). */
export function parseProblemCell(line: string): ProblemCell | null {
  const match = CELL_LINE.exec(line);
  if (!match) {
    return null;
  }
  const rawSheet = match[4];
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { table: match[1], column: match[2], row: Number(match[3]), sheet, cell: match[5] };
}

const KNOWN = new Set(["type", "title", "status", "detail", "instance", "errors"]);

/** The ApiError of a non-2xx answer, from its problem+json body when it has one. */
export async function problemOf(response: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    body = (await response.json()) as Record<string, unknown>;
  } catch {
    body = {};
  }
  const errors = Array.isArray(body.errors) ? body.errors.map(String) : [];
  const extensions = Object.fromEntries(Object.entries(body).filter(([name]) => !KNOWN.has(name)));
  const title = typeof body.title === "string" ? body.title : `The service answered ${response.status} ${response.statusText}.`;
  const detail = typeof body.detail === "string" ? body.detail : "";
  return new ApiError("problem", response.status, title, detail,
    errors.map((text) => ({ text, cell: parseProblemCell(text) })), extensions);
}
