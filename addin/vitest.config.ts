import { defineConfig } from "vitest/config";

// Unit tests (src/ against fakes) and browser tests (the built pane in Debian's chromium against the real backend).
export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node" } },
      {
        test: {
          name: "browser", include: ["test/browser/**/*.test.ts"], environment: "node",
          testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false,
        },
      },
    ],
  },
});
