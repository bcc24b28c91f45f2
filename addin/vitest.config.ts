import { defineConfig } from "vitest/config";

// Unit tests (src/ against fakes), and the tests that need the real backend: the built pane in Debian's chromium, and
// the large portfolio end to end.
export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node" } },
      {
        test: {
          name: "backend", include: ["test/browser/**/*.test.ts", "test/integration/**/*.test.ts"], environment: "node",
          testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false,
        },
      },
    ],
  },
});
