/**
 * Where the pane's backend is and how it signs in, read at start from `pane-config.json` beside taskpane.html, so
 * one build serves every deployment (README "The Excel add-in").
 */
export interface PaneConfig {
  /** The API's origin, such as https://officegovernance.azurewebsites.net; empty for the pane's own origin. */
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
    super(`pane-config.json: ${message}`);
    this.name = "ConfigError";
  }
}

/**
 * Checks a parsed configuration.
 * @throws ConfigError naming the first missing or invalid field
 */
export function parseConfig(raw: unknown): PaneConfig {
  const value = (raw ?? {}) as Record<string, unknown>;
  const auth = (value.auth ?? {}) as Record<string, unknown>;
  if (typeof value.apiBaseUrl !== "string") {
    throw new ConfigError("apiBaseUrl must be a URL or an empty string.");
  }
  if (value.workbookStore !== "Local" && value.workbookStore !== "Graph") {
    throw new ConfigError("workbookStore must be Local or Graph.");
  }
  if (auth.mode === "development") {
    return { apiBaseUrl: value.apiBaseUrl.replace(/\/$/, ""), workbookStore: value.workbookStore, auth: { mode: "development" } };
  }
  if (auth.mode !== "entra") {
    throw new ConfigError("auth.mode must be development or entra.");
  }
  for (const field of ["clientId", "authority", "apiScope"]) {
    if (typeof auth[field] !== "string" || auth[field] === "") {
      throw new ConfigError(`auth.${field} is required for entra sign-in.`);
    }
  }
  return {
    apiBaseUrl: value.apiBaseUrl.replace(/\/$/, ""),
    workbookStore: value.workbookStore,
    auth: auth as unknown as EntraAuth,
  };
}

/** Fetches and checks pane-config.json. */
export async function loadConfig(fetchImpl: typeof fetch = (i, n) => fetch(i, n)): Promise<PaneConfig> {
  const response = await fetchImpl("pane-config.json", { cache: "no-store" });
  if (!response.ok) {
    throw new ConfigError(`could not be read (${response.status}); the add-in is not set up on this site.`);
  }
  return parseConfig(await response.json());
}
