// The offline check of the XML add-in only manifest (the official validator posts it to an online service):
// well-formed XML, the required elements of a TaskPaneApp, https URLs only, every icon a real PNG file of the size
// its id names under public/, and the ExcelApi requirement set declared. Used by `npm run validate` and its test.
import { existsSync, readFileSync } from "node:fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const REQUIRED = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides"];
const PNG = [137, 80, 78, 71, 13, 10, 26, 10];

/** Every problem of the manifest text, empty when it passes; icons are looked up in `publicDir` by URL path. */
export function manifestProblems(xml, publicDir) {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`];
  }
  const problems = [];
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true }).parse(xml);
  const app = doc.OfficeApp;
  if (!app) {
    return ["the root element is not OfficeApp"];
  }
  if (app["@type"] !== "TaskPaneApp") problems.push("OfficeApp xsi:type is not TaskPaneApp");
  for (const name of REQUIRED) {
    if (app[name] === undefined) problems.push(`missing <${name}>`);
  }
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(String(app.Id))) problems.push("<Id> is not a GUID");
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(String(app.Version))) problems.push("<Version> is not n.n.n.n");
  const hosts = [app.Hosts?.Host].flat();
  if (!hosts.some((h) => h?.["@Name"] === "Workbook")) problems.push("<Hosts> does not name Workbook");
  const sets = [app.Requirements?.Sets?.Set].flat().filter(Boolean);
  const excel = sets.find((s) => s["@Name"] === "ExcelApi");
  if (!excel || !/^1\.\d+$/.test(String(excel["@MinVersion"]))) problems.push("the ExcelApi requirement set is not declared with a MinVersion");
  const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)].map((m) => m[1])
    .concat([...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]));
  for (const url of urls.filter((u) => !u.startsWith("https://"))) problems.push(`${url} is not https`);
  const icons = [...xml.matchAll(/<(?:IconUrl|HighResolutionIconUrl|bt:Image) [^>]*DefaultValue="([^"]+)"/g)].map((m) => m[1]);
  if (icons.length === 0) problems.push("no icons");
  for (const icon of icons) {
    const file = `${publicDir}${new URL(icon).pathname}`;
    if (!existsSync(file)) {
      problems.push(`icon ${icon} has no file ${file}`);
      continue;
    }
    const bytes = readFileSync(file);
    if (!PNG.every((b, i) => bytes[i] === b)) problems.push(`icon ${file} is not a PNG`);
  }
  return problems;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  const path = process.argv[2] ?? "manifest.xml";
  const problems = manifestProblems(readFileSync(path, "utf8"), new URL("../public", import.meta.url).pathname);
  if (problems.length > 0) {
    console.error(problems.map((p) => `${path}: ${p}`).join("\n"));
    process.exit(1);
  }
  console.log(`${path}: valid (checked offline: well-formed, required elements, https URLs, icons, ExcelApi)`);
}
