import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, parseConfig } from "../../src/config";

// The shape infra/scripts/build-addin.sh writes into dist/config.json.
const deployed = { apiBaseUrl: "https://og-func.azurewebsites.net/api/", apiScope: "api://a/access_as_user", clientId: "c",
  tenantId: "t", authority: "https://login.microsoftonline.com/t" };

describe("config.json", () => {
  it("parseConfig_AsDeployed_SignsInWithEntraAndNamesWorkbooksByDriveItem", () => {
    expect(parseConfig(deployed)).toEqual({ apiBaseUrl: "https://og-func.azurewebsites.net/api", workbookStore: "Graph",
      auth: { mode: "entra", clientId: "c", authority: "https://login.microsoftonline.com/t", apiScope: "api://a/access_as_user" } });
  });

  it("parseConfig_NoSignInFields_UsesTheDevelopmentIdentityAndFileNames", () => {
    expect(parseConfig({ apiBaseUrl: "/api" })).toEqual({ apiBaseUrl: "/api", workbookStore: "Local", auth: { mode: "development" } });
  });

  it.each([
    [{ workbookStore: "Local" }, "apiBaseUrl"],
    [{ apiBaseUrl: "/api", workbookStore: "Sharepoint" }, "workbookStore"],
    [{ ...deployed, apiScope: "" }, "apiScope is required"],
    [{ apiBaseUrl: "/api", clientId: "c" }, "authority is required"],
  ])("parseConfig_Invalid_%#_NamesTheField", (raw, field) => {
    expect(() => parseConfig(raw)).toThrow(ConfigError);
    expect(() => parseConfig(raw)).toThrow(field);
  });

  it("loadConfig_NotServed_SaysTheAddInIsNotSetUp", async () => {
    const fetchImpl = (async () => new Response("", { status: 404 })) as unknown as typeof fetch;
    await expect(loadConfig(fetchImpl)).rejects.toThrow("could not be read (404)");
  });
});
