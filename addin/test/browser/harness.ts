/**
 * The browser tests' harness: the REAL backend on a free loopback port with a development identity, the built pane
 * (dist/) served over plain http on loopback with /api proxied to the backend (same origin, as in production behind
 * one site), and Debian's chromium through playwright-core with the Office.js stand-in injected.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { type Server, createServer, request as httpRequest } from "node:http";
import { type AddressInfo, createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { type BrowserContext, type Page, chromium } from "playwright-core";
import { build } from "vite";
import { readXlsxSeed } from "../support/xlsxSeed";

const ADDIN = resolve(import.meta.dirname, "../..");
const REPO = resolve(ADDIN, "..");
const DIST = join(ADDIN, "dist");
export const SAMPLE = join(REPO, "samples/portfolio.xlsx");
export const DOCUMENT_URL = "https://contoso.sharepoint.com/sites/ai/Shared%20Documents/portfolio.xlsx";
export const SCREENSHOTS = join(ADDIN, "test-results/screenshots");
export const DEVELOPMENT_IDENTITY = "cto@example.org";

/**
 * How the backend is started, in ONE place: `serve` of the command line (docs/rules.md#command-line), built once with
 * `dotnet build`, then its dll run with `--urls`.
 */
export function backendCommand(port: number): { build: string[]; output: string; run: string[] } {
  const project = join(REPO, "functions/OfficeGovernance.Cli");
  const output = join(project, "bin/Debug/net10.0/OfficeGovernance.Cli.dll");
  return { build: ["build", project, "-nologo", "-v", "q"], output, run: [output, "serve", "--urls", `http://127.0.0.1:${port}`] };
}

/** The newest modification time of the backend's sources (functions/ less bin and obj, and the root props files). */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name !== "bin" && entry.name !== "obj") walk(join(dir, entry.name));
      } else {
        newest = Math.max(newest, statSync(join(dir, entry.name)).mtimeMs);
      }
    }
  };
  walk(join(REPO, "functions"));
  for (const file of ["Directory.Build.props", "Directory.Packages.props", "global.json"]) {
    newest = Math.max(newest, statSync(join(REPO, file)).mtimeMs);
  }
  return newest;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createNetServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    }).on("error", fail);
  });
}

export interface Backend {
  url: string;
  process: ChildProcess;
  dataDir: string;
  output: () => string;
}

/**
 * Builds and starts the backend with the sample workbook and its decision log in a fresh temporary folder.
 * @param alsoAs more file names the sample is stored under: the backend reviews tables only for a workbook id the
 *   caller can read, so a test reviewing other tables under another id needs a file of that name.
 */
export async function startBackend(alsoAs: string[] = []): Promise<Backend> {
  const port = await freePort();
  const command = backendCommand(port);
  // Built once: a build already newer than every source is run as it is.
  if (!existsSync(command.output) || statSync(command.output).mtimeMs < newestSource()) {
    execFileSync("dotnet", command.build, { cwd: REPO, stdio: "pipe", timeout: 600_000 });
  }
  const dataDir = mkdtempSync(join(tmpdir(), "og-addin-"));
  mkdirSync(join(dataDir, "workbooks"));
  mkdirSync(join(dataDir, "decisions"));
  for (const name of ["portfolio.xlsx", ...alsoAs]) {
    copyFileSync(SAMPLE, join(dataDir, "workbooks", name));
  }
  copyFileSync(`${SAMPLE}.decisions.jsonl`, join(dataDir, "decisions/portfolio.xlsx.decisions.jsonl"));
  let output = "";
  const child = spawn("dotnet", command.run, {
    cwd: dataDir,
    env: {
      ...process.env,
      Auth__DevelopmentIdentity: DEVELOPMENT_IDENTITY,
      Workbooks__Directory: join(dataDir, "workbooks"),
      DecisionLog__Directory: join(dataDir, "decisions"),
      WeeklyStatus__Outbox: join(dataDir, "outbox"),
      DOTNET_CLI_TELEMETRY_OPTOUT: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) {
      throw new Error(`The backend exited with ${child.exitCode}:\n${output}`);
    }
    try {
      if ((await fetch(`${url}/api/health`)).ok) {
        return { url, process: child, dataDir, output: () => output };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`The backend did not answer /api/health within 60 s:\n${output}`);
}

export function stopBackend(backend: Backend | undefined): void {
  if (!backend) return;
  backend.process.kill("SIGTERM");
  rmSync(backend.dataDir, { recursive: true, force: true });
}

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css",
  ".json": "application/json", ".png": "image/png" };

/** Serves dist/ on a loopback port, proxying /api to the backend. */
export async function servePane(backendUrl: string): Promise<{ url: string; server: Server }> {
  if (!existsSync(join(DIST, "taskpane.html"))) {
    throw new Error("dist/ is missing: npm test builds it first (npm run build).");
  }
  const backend = new URL(backendUrl);
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path.startsWith("/api/")) {
      const proxied = httpRequest({ host: backend.hostname, port: backend.port, path: req.url, method: req.method,
        headers: { ...req.headers, host: backend.host } }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      proxied.on("error", () => res.writeHead(502).end());
      req.pipe(proxied);
      return;
    }
    const file = normalize(join(DIST, path === "/" ? "taskpane.html" : path));
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** The stand-in bundled as one classic script, then installed over the sample's tables. */
export async function standInScript(): Promise<string> {
  const result = await build({
    configFile: false, logLevel: "silent",
    build: { write: false, minify: false, lib: { entry: join(import.meta.dirname, "officeStandIn.ts"),
      formats: ["iife"], name: "OfficeStandIn" } },
  });
  const output = (Array.isArray(result) ? result[0] : result) as { output: { code?: string }[] };
  const seed = readXlsxSeed(SAMPLE, DOCUMENT_URL);
  return `${output.output[0].code}\nOfficeStandIn.install(${JSON.stringify(seed)});`;
}

/** Debian's chromium with a fresh profile; nothing leaves loopback (office.js from the CDN is answered locally). */
export async function launchBrowser(script: string): Promise<{ context: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), "og-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport: { width: 420, height: 900 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run"],
  });
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "appsforoffice.microsoft.com") {
      return route.fulfill({ status: 200, contentType: "text/javascript", body: "/* office.js stand-in installed by the test */" });
    }
    return url.hostname === "127.0.0.1" ? route.continue() : route.abort();
  });
  await context.addInitScript({ content: script });
  return { context, profile };
}

/** A page on the pane over a fresh copy of the sample workbook, once the pane says it is ready. */
export async function openPane(context: BrowserContext, paneUrl: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${paneUrl}/taskpane.html`);
  await page.getByText("Ready.").waitFor({ timeout: 15_000 });
  return { page, errors };
}
