import { describe, expect, it } from "vitest";
import { type MsalModule, type OfficeAuthHost, createTokenProvider } from "../../../src/auth/tokens";
import type { PaneConfig } from "../../../src/config";

class InteractionRequiredAuthError extends Error {}

const entra: PaneConfig = { apiBaseUrl: "https://api.example.org/api", workbookStore: "Graph",
  auth: { mode: "entra", clientId: "client", authority: "https://login.microsoftonline.com/tenant",
    apiScope: "api://api-client/access_as_user" } };

function office(naa: boolean, calls: string[]): OfficeAuthHost {
  return {
    context: { requirements: { isSetSupported: (name, version) => naa && name === "NestedAppAuth" && version === "1.1" } },
    auth: {
      getAccessToken: async () => { calls.push("sso"); return "sso-token"; },
      getAuthContext: async () => ({ userPrincipalName: "cto@example.org" }),
    },
  };
}

function msal(calls: string[], silent: () => Promise<{ accessToken: string }>): () => Promise<MsalModule> {
  return async () => ({
    InteractionRequiredAuthError,
    createNestablePublicClientApplication: async (config) => {
      calls.push(`create ${config.auth.clientId}`);
      return {
        acquireTokenSilent: async (r) => { calls.push(`silent ${r.scopes} ${r.loginHint}`); return silent(); },
        acquireTokenPopup: async (r) => { calls.push(`popup ${r.scopes}`); return { accessToken: "popup-token" }; },
      };
    },
  });
}

describe("createTokenProvider", () => {
  it("api_NestedAppAuth_SilentTokenForTheApiScopeWithTheLoginHint", async () => {
    const calls: string[] = [];
    const tokens = createTokenProvider(entra, office(true, calls), "https://pane.example.org/taskpane.html",
      msal(calls, async () => ({ accessToken: "silent-token" })));
    await expect(tokens.api()).resolves.toBe("silent-token");
    await expect(tokens.api()).resolves.toBe("silent-token");
    expect(calls).toEqual(["create client", "silent api://api-client/access_as_user cto@example.org",
      "silent api://api-client/access_as_user cto@example.org"]);
  });

  it("api_InteractionRequired_FallsBackToThePopup", async () => {
    const calls: string[] = [];
    const tokens = createTokenProvider(entra, office(true, calls), "https://pane.example.org/",
      msal(calls, async () => { throw new InteractionRequiredAuthError("consent"); }));
    await expect(tokens.api()).resolves.toBe("popup-token");
    expect(calls.at(-1)).toBe("popup api://api-client/access_as_user");
  });

  it("api_OtherMsalError_IsNotSwallowed", async () => {
    const tokens = createTokenProvider(entra, office(true, []), "https://pane.example.org/",
      msal([], async () => { throw new Error("network down"); }));
    await expect(tokens.api()).rejects.toThrow("network down");
  });

  it("api_NoNestedAppAuth_UsesOfficeSingleSignOnAndRefusesGraph", async () => {
    const calls: string[] = [];
    const tokens = createTokenProvider(entra, office(false, calls), "https://pane.example.org/",
      msal(calls, async () => ({ accessToken: "never" })));
    await expect(tokens.api()).resolves.toBe("sso-token");
    await expect(tokens.graph()).rejects.toThrow("NestedAppAuth 1.1");
    expect(calls).toEqual(["sso"]);
  });

  it("graph_NestedAppAuth_AsksForFilesReadAll", async () => {
    const calls: string[] = [];
    const tokens = createTokenProvider(entra, office(true, calls), "https://pane.example.org/",
      msal(calls, async () => ({ accessToken: "graph" })));
    await tokens.graph();
    expect(calls).toContain("silent https://graph.microsoft.com/Files.Read.All cto@example.org");
  });

  it.each([["/api", "http://127.0.0.1:5173/taskpane.html"], ["http://localhost:7071/api", "https://localhost:3000/"],
    ["http://[::1]:7071/api", "https://pane.example.org/"]])(
    "api_DevelopmentIdentityOnLoopback_%s_NoTokenAtAll", async (apiBaseUrl, page) => {
      const calls: string[] = [];
      const tokens = createTokenProvider({ apiBaseUrl, workbookStore: "Local", auth: { mode: "development" } },
        office(true, calls), page, msal(calls, async () => ({ accessToken: "never" })));
      await expect(tokens.api()).resolves.toBeNull();
      expect(calls).toEqual([]);
    });

  it.each([["https://api.example.org/api", "https://localhost:3000/"], ["/api", "https://pane.example.org/taskpane.html"]])(
    "createTokenProvider_DevelopmentIdentityOffLoopback_%s_Refuses", (apiBaseUrl, page) => {
      expect(() => createTokenProvider({ apiBaseUrl, workbookStore: "Local", auth: { mode: "development" } },
        office(true, []), page)).toThrow("only by a backend on loopback");
    });
});
