import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module script without types
import { manifestProblems } from "../../scripts/manifestCheck.mjs";

const root = new URL("../..", import.meta.url).pathname;
const manifest = readFileSync(`${root}manifest.xml`, "utf8");
const check = (xml: string): string[] => manifestProblems(xml, `${root}public`);

describe("manifest.xml (checked offline)", () => {
  it("manifest_AsCommitted_HasNoProblem", () => {
    expect(check(manifest)).toEqual([]);
  });

  it.each([
    ["not well-formed", manifest.replace("</OfficeApp>", ""), "not well-formed"],
    ["http URL", manifest.replace("https://localhost:3000/taskpane.html", "http://localhost:3000/taskpane.html"), "is not https"],
    ["missing icon file", manifest.replace("icon-32.png", "icon-33.png"), "has no file"],
    ["no ExcelApi", manifest.replace('<Set Name="ExcelApi" MinVersion="1.7"/>', ""), "ExcelApi requirement set"],
    ["no Id", manifest.replace(/<Id>[^<]*<\/Id>/, ""), "missing <Id>"],
  ])("manifestProblems_%s_IsReported", (_, xml, problem) => {
    expect(check(xml).join("\n")).toContain(problem);
  });
});
