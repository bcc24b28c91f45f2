// The task pane's JavaScript, gzipped, against the 150 KB budget (issue 10; office.js is loaded from Microsoft's CDN
// and not counted). Every .js file the build emits is counted, lazily loaded chunks included.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const BUDGET_BYTES = 150 * 1024;

/** The gzipped bytes of every .js file under `dir`. */
export function gzippedJavaScript(dir) {
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".js"));
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  const total = gzippedJavaScript(new URL("../dist", import.meta.url).pathname);
  console.log(`task pane JavaScript: ${(total / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_BYTES / 1024} KB)`);
  if (total > BUDGET_BYTES) {
    process.exit(1);
  }
}
