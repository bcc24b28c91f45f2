/**
 * Where the pane's backend is and how it signs in, read at start from `config.json` beside taskpane.html, so one
 * build serves every deployment: `infra/scripts/build-addin.sh` writes it for Azure (README "Deploy to Azure"), and
 * `public/config.json` is the local default (README "The Excel add-in").
 */
export interface PaneConfig {
  /** The API's base, ending in /api: https://<function app>/api, or /api on the pane's own origin. */
  apiBaseUrl: string;
  /** How the backend names workbooks: `Local` (file names, a `serve` on loopback) or `Graph` (driveId/itemId). */
  workbookStore: "Local" | "Graph";
  auth: DevelopmentAuth | EntraAuth;
}

/** No token at all: the backend acts as its development identity, which it accepts on loopback only. */
export interface DevelopmentAuth {
  mode: "development";
}

/** Nested app authentication with Entra ID (the add-in's SPA registration and the API's access_as_user scope). */
export interface EntraAuth {
  mode: "entra";
  /** The add-in's application (client) id. */
  clientId: string;
  /** https://login.microsoftonline.com/{tenant id} */
  authority: string;
  /** api://{api client id}/access_as_user */
  apiScope: string;
  /** Graph scopes for resolving the workbook's drive item; default Files.Read.All. */
  graphScopes?: string[];
}

/** The configuration error that names the field. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(`config.json: ${message}`);
    this.name = "ConfigError";
  }
}

const SIGN_IN = ["clientId", "authority", "apiScope"] as const;

/**
 * Checks a parsed configuration: `{ apiBaseUrl, clientId, authority, apiScope, tenantId?, workbookStore? }` signs in
 * with Entra ID (workbooks by drive item unless `workbookStore` says Local); `{ apiBaseUrl, workbookStore? }` with
 * none of the sign-in fields uses the backend's development identity (workbooks by file name).
 * @throws ConfigError naming the first missing or invalid field
 */
export function parseConfig(raw: unknown): PaneConfig {
  const value = (raw ?? {}) as Record<string, unknown>;
  if (typeof value.apiBaseUrl !== "string" || value.apiBaseUrl === "") {
    throw new ConfigError("apiBaseUrl must be the API's base URL, such as https://<function app>/api or /api.");
  }
  const apiBaseUrl = value.apiBaseUrl.replace(/\/+$/, "");
  const given = SIGN_IN.filter((field) => typeof value[field] === "string" && value[field] !== "");
  const store = value.workbookStore ?? (given.length > 0 ? "Graph" : "Local");
  if (store !== "Local" && store !== "Graph") {
    throw new ConfigError("workbookStore must be Local or Graph.");
  }
  if (given.length === 0) {
    return { apiBaseUrl, workbookStore: store, auth: { mode: "development" } };
  }
  const missing = SIGN_IN.find((field) => !given.includes(field));
  if (missing) {
    throw new ConfigError(`${missing} is required with ${given.join(", ")} (Entra sign-in).`);
  }
  return {
    apiBaseUrl,
    workbookStore: store,
    auth: { mode: "entra", clientId: String(value.clientId), authority: String(value.authority), apiScope: String(value.apiScope) },
  };
}

/** Fetches and checks config.json. */
export async function loadConfig(fetchImpl: typeof fetch = (i, n) => fetch(i, n)): Promise<PaneConfig> {
  const response = await fetchImpl("config.json", { cache: "no-store" });
  if (!response.ok) {
    throw new ConfigError(`could not be read (${response.status}); the add-in is not set up on this site.`);
  }
  return parseConfig(await response.json());
}
