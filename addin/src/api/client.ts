import { ApiError, problemOf } from "./problems";
import type { TableJson } from "./tablesJson";
import type {
  AgentSyncDocument, ChainVerification, ClassifyDocument, ClassifyRequest, DecisionDocument, DecisionPage, DecisionRequest, DecisionRightsDocument,
  FinanceReportDocument, ReviewDocument, SpendCostBasis, SpendImportDocument, StatusMessage, WorkbookRegistration,
} from "./types";

/** Gives the bearer token for the API, or null when the backend takes a development identity (loopback only). */
export type ApiToken = () => Promise<string | null>;

/**
 * The OfficeGovernance HTTP API (README "HTTP API", docs/rules.md#http-api-contract). Every failure is an {@link ApiError}:
 * `problem` for an answer with a status over 299, `network` when the service cannot be reached, `sign-in` when no
 * token could be had; each says what to do.
 */
export class ApiClient {
  /** @param baseUrl the API's base, ending in /api (config.json's apiBaseUrl); paths below are relative to it. */
  constructor(
    private readonly baseUrl: string,
    private readonly token: ApiToken,
    private readonly fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  /** `POST /api/review`: the review of the tables as read from the open workbook. */
  review(workbookId: string, tables: TableJson[], asOf?: string): Promise<ReviewDocument> {
    return this.send("POST", "/review", { workbookId, asOf: asOf || undefined, tables });
  }

  /** `POST /api/classify`: the risk level and rules of a proposed workflow. */
  classify(request: ClassifyRequest): Promise<ClassifyDocument> {
    return this.send("POST", "/classify", request);
  }

  /** `GET /api/decision-rights`: who may approve a decision of `type` on an initiative (money in the workbook currency). */
  decisionRights(workbookId: string, initiativeId: string, type: string, amount?: number): Promise<DecisionRightsDocument> {
    return this.send("GET", `/decision-rights${query({ workbookId, initiativeId, type, amount })}`);
  }

  /** `POST /api/decisions`: records a decision approved by the signed-in caller; 403 when the rights refuse it. */
  decide(request: DecisionRequest): Promise<DecisionDocument> {
    return this.send("POST", "/decisions", request);
  }

  /**
   * `GET /api/decisions`: one page of the workbook's decision log, in chain order (docs/rules.md#decision-log, list).
   * @param after list the entries after this sequence: 0 or absent from the first, else the previous page's `nextAfter`
   * @param limit the most entries on the page, 1 to the service's `DecisionLog:PageSize` (500 by default, also the default)
   */
  decisions(workbookId: string, after?: number, limit?: number): Promise<DecisionPage> {
    return this.send("GET", `/decisions${query({ workbookId, after, limit })}`);
  }

  /** `GET /api/decisions/verify`: the chain check; a broken chain is an ApiError with status 409. */
  verify(workbookId: string): Promise<ChainVerification> {
    return this.send("GET", `/decisions/verify${query({ workbookId })}`);
  }

  /** `GET /api/status/preview`: the weekly status messages the workbook would get; nothing is sent. */
  statusPreview(workbookId: string, asOf?: string): Promise<StatusMessage[]> {
    return this.send("GET", `/status/preview${query({ workbookId, asOf: asOf || undefined })}`);
  }

  /**
   * `POST /api/finance-report` as JSON: the finance report of the tables as read from the open workbook, against the
   * stored workbook's verified decision log.
   * @param months months covered, the as-of month included (1 to 120; the service's default is 12)
   */
  financeReport(workbookId: string, tables: TableJson[], asOf?: string, months?: number): Promise<FinanceReportDocument> {
    return this.send("POST", "/finance-report", { workbookId, asOf: asOf || undefined, months, tables });
  }

  /** `POST /api/workbooks`: registers the workbook for the weekly run. */
  registerWorkbook(workbookId: string): Promise<WorkbookRegistration> {
    return this.send("POST", "/workbooks", { workbookId });
  }

  /**
   * `POST /api/spend-imports`: imports a FOCUS cost export into the stored workbook's Spend table
   * (docs/rules.md#cost-import). The body is the file's bytes as they are, with the content type of its extension
   * (`.csv`, `.gz`,
   * `.parquet`); the service writes the stored copy, never the open workbook. A 409 means the workbook changed meanwhile.
   * @param cost which FOCUS cost column becomes Spend Amount (the service's default is EffectiveCost)
   */
  importSpend(workbookId: string, file: Blob, fileName: string, cost: SpendCostBasis): Promise<SpendImportDocument> {
    return this.send("POST", `/spend-imports${query({ workbookId, cost, fileName })}`,
      new RawBody(file, focusContentType(fileName)));
  }

  /** `POST /api/agents/sync`: syncs the stored workbook's Agents table from Microsoft Entra Agent ID (docs/rules.md#agent-sync). */
  syncAgents(workbookId: string): Promise<AgentSyncDocument> {
    return this.send("POST", "/agents/sync", { workbookId });
  }

  private async send<T>(method: string, path: string, body?: unknown): Promise<T> {
    let token: string | null;
    try {
      token = await this.token();
    } catch (error) {
      throw new ApiError("sign-in", 0, "Sign-in failed.",
        `${messageOf(error)} Sign in to Office with your work account, allow the add-in's sign-in window, and try again.`);
    }
    const headers: Record<string, string> = { Accept: "application/json" };
    if (token) {
      headers.Authorization = `Bearer ${token}`;
    }
    const raw = body instanceof RawBody ? body : null;
    if (body !== undefined) {
      headers["Content-Type"] = raw ? raw.contentType : "application/json";
    }
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.baseUrl}${path}`, {
        method, headers, body: raw ? raw.bytes : body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new ApiError("network", 0, `The OfficeGovernance service did not answer: ${messageOf(error)}`,
        `Check your network connection; if it works, the service at ${this.baseUrl} may be down: ask whoever runs it.`);
    }
    if (response.status === 401) {
      const problem = await problemOf(response);
      throw new ApiError("sign-in", 401, "The service did not accept your sign-in.",
        `${problem.detail} Sign out of Office and in again with your work account.`);
    }
    if (!response.ok) {
      throw await problemOf(response);
    }
    return (await response.json()) as T;
  }
}

/** A body sent as it is (a file's bytes), not as JSON. */
class RawBody {
  constructor(readonly bytes: Blob, readonly contentType: string) {}
}

/**
 * The content type of a FOCUS export by its file name's extension, as the OpenAPI document lists them; any other name
 * goes as application/octet-stream (the service reads CSV, gzip and Parquet by their bytes).
 */
export function focusContentType(fileName: string): string {
  const name = fileName.toLowerCase();
  return name.endsWith(".csv") ? "text/csv"
    : name.endsWith(".gz") ? "application/gzip"
      : name.endsWith(".parquet") ? "application/vnd.apache.parquet"
        : "application/octet-stream";
}

function query(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== "") {
      params.set(name, String(value));
    }
  }
  return `?${params.toString()}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
