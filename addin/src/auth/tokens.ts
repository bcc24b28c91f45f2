import type { PaneConfig } from "../config";

/** The subset of MSAL's nestable client the pane uses. */
export interface NestableClient {
  acquireTokenSilent(request: { scopes: string[]; loginHint?: string }): Promise<{ accessToken: string }>;
  acquireTokenPopup(request: { scopes: string[]; loginHint?: string }): Promise<{ accessToken: string }>;
}

/** The parts of `@azure/msal-browser` 4.x the pane uses, injectable for tests. */
export interface MsalModule {
  createNestablePublicClientApplication(config: { auth: { clientId: string; authority: string } }): Promise<NestableClient>;
  InteractionRequiredAuthError: abstract new (...args: never[]) => Error;
}

/** The parts of `Office` the sign-in uses. */
export interface OfficeAuthHost {
  context: { requirements: { isSetSupported(name: string, version?: string): boolean } };
  auth: {
    getAccessToken(options?: Record<string, unknown>): Promise<string>;
    getAuthContext?(): Promise<{ userPrincipalName?: string }>;
  };
}

/** The tokens the pane needs: the API's (null with a development identity) and Graph's, for the drive item. */
export interface TokenProvider {
  api(): Promise<string | null>;
  graph(): Promise<string>;
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i;

/** True when `apiBaseUrl`, resolved against the pane's own address, is a loopback host. */
export function isLoopback(apiBaseUrl: string, pageUrl: string): boolean {
  return LOOPBACK.test(new URL(apiBaseUrl || "/", pageUrl).hostname);
}

/**
 * Sign-in through nested app authentication (README "The Excel add-in"): MSAL's nestable client, silent first and a
 * popup when interaction is required; where Office lacks NestedAppAuth 1.1, Office's own single sign-on
 * (`Office.auth.getAccessToken`, from the manifest's WebApplicationInfo). With `auth.mode` development no token is
 * ever asked for, and only a loopback backend is accepted.
 * @throws Error at creation when a development identity is configured for a backend off loopback
 */
export function createTokenProvider(config: PaneConfig, office: OfficeAuthHost, pageUrl: string,
  loadMsal: () => Promise<MsalModule> = () => import("@azure/msal-browser") as unknown as Promise<MsalModule>): TokenProvider {
  const auth = config.auth;
  if (auth.mode === "development") {
    if (!isLoopback(config.apiBaseUrl, pageUrl)) {
      throw new Error(`A development identity is accepted only by a backend on loopback, not ${config.apiBaseUrl}; ` +
        "set clientId, authority and apiScope in config.json.");
    }
    return {
      api: async () => null,
      graph: async () => {
        throw new Error("Without sign-in the add-in cannot ask Microsoft Graph for the workbook; use workbookStore Local.");
      },
    };
  }
  const naa = office.context.requirements.isSetSupported("NestedAppAuth", "1.1");
  let client: Promise<{ msal: MsalModule; client: NestableClient }> | null = null;
  const token = async (scopes: string[]): Promise<string> => {
    client ??= loadMsal().then(async (msal) => ({
      msal,
      client: await msal.createNestablePublicClientApplication({ auth: { clientId: auth.clientId, authority: auth.authority } }),
    }));
    const { msal, client: pca } = await client;
    const loginHint = await office.auth.getAuthContext?.().then((c) => c.userPrincipalName).catch(() => undefined);
    const request = { scopes, loginHint };
    try {
      return (await pca.acquireTokenSilent(request)).accessToken;
    } catch (error) {
      if (error instanceof msal.InteractionRequiredAuthError) {
        return (await pca.acquireTokenPopup(request)).accessToken;
      }
      throw error;
    }
  };
  return {
    api: () => (naa ? token([auth.apiScope])
      : office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true })),
    graph: () => {
      if (!naa) {
        return Promise.reject(new Error("This Office version lacks nested app authentication (NestedAppAuth 1.1), " +
          "which the add-in needs to find the workbook in OneDrive or SharePoint; update Office."));
      }
      return token(auth.graphScopes ?? ["https://graph.microsoft.com/Files.Read.All"]);
    },
  };
}
