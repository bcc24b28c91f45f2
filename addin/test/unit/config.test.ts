import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, parseConfig } from "../../src/config";

const entra = { clientId: "c", authority: "https://login.microsoftonline.com/t", apiScope: "api://a/access_as_user" };

describe("pane-config.json", () => {
  it("parseConfig_Development_TrimsTheTrailingSlash", () => {
    expect(parseConfig({ apiBaseUrl: "http://127.0.0.1:7071/", workbookStore: "Local", auth: { mode: "development" } }))
      .toEqual({ apiBaseUrl: "http://127.0.0.1:7071", workbookStore: "Local", auth: { mode: "development" } });
  });

  it("parseConfig_Entra_KeepsTheRegistrations", () => {
    expect(parseConfig({ apiBaseUrl: "https://api.example.org", workbookStore: "Graph", auth: { mode: "entra", ...entra } }).auth)
      .toMatchObject(entra);
  });

  it.each([
    [{ workbookStore: "Local", auth: { mode: "development" } }, "apiBaseUrl"],
    [{ apiBaseUrl: "", workbookStore: "Sharepoint", auth: { mode: "development" } }, "workbookStore"],
    [{ apiBaseUrl: "", workbookStore: "Local", auth: { mode: "anonymous" } }, "auth.mode"],
    [{ apiBaseUrl: "", workbookStore: "Graph", auth: { mode: "entra", ...entra, apiScope: "" } }, "auth.apiScope"],
  ])("parseConfig_Invalid_%#_NamesTheField", (raw, field) => {
    expect(() => parseConfig(raw)).toThrow(ConfigError);
    expect(() => parseConfig(raw)).toThrow(field);
  });

  it("loadConfig_NotServed_SaysTheAddInIsNotSetUp", async () => {
    const fetchImpl = (async () => new Response("", { status: 404 })) as unknown as typeof fetch;
    await expect(loadConfig(fetchImpl)).rejects.toThrow("could not be read (404)");
  });
});
