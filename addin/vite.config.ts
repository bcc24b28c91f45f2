import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { defineConfig } from "vite";

// Office loads add-ins over https only: the dev server uses the certificates `npx office-addin-dev-certs install`
// puts in ~/.office-addin-dev-certs (trusted by the system store), when they are there.
const certs = join(homedir(), ".office-addin-dev-certs");
const https = existsSync(join(certs, "localhost.crt"))
  ? { cert: readFileSync(join(certs, "localhost.crt")), key: readFileSync(join(certs, "localhost.key")) }
  : undefined;

// The task pane is one HTML entry; config.json and the icons are copied beside it from public/.
export default defineConfig({
  root: resolve(import.meta.dirname, "src/taskpane"),
  publicDir: resolve(import.meta.dirname, "public"),
  base: "./",
  // `npm run dev-server`: the API of a local `serve` behind the same origin, as the pane's default config.json expects.
  server: { port: 3000, strictPort: true, https, proxy: { "/api": process.env.OFFICEGOVERNANCE_API ?? "http://127.0.0.1:7071" } },
  build: {
    outDir: resolve(import.meta.dirname, "dist"),
    emptyOutDir: true,
    target: "es2020",
    rollupOptions: { input: resolve(import.meta.dirname, "src/taskpane/taskpane.html") },
  },
});
