import { ApiClient } from "../api/client";
import { driveItemIdOf, fileNameOf } from "../api/workbookId";
import { createTokenProvider } from "../auth/tokens";
import { loadConfig } from "../config";
import type { PaneContext } from "./app";
import { wireClassify } from "./panes/classifyPane";
import { wireDecide } from "./panes/decidePane";
import { wireFinance } from "./panes/financePane";
import { wireLog } from "./panes/logPane";
import { wireReview } from "./panes/reviewPane";
import { wireSources } from "./panes/sourcesPane";
import { wireStatus } from "./panes/statusPane";
import { wireTabs } from "./tabs";
import { activity, showFailure } from "./ui";

// The task pane's entry: configuration, sign-in and the workbook id, then each pane's wiring (UI only).
Office.onReady(async (info) => {
  wireTabs();
  try {
    if (info.host !== Office.HostType.Excel) {
      throw new Error("Open this add-in from Excel: the task pane works on the open workbook.");
    }
    const config = await loadConfig();
    const tokens = createTokenProvider(config, Office, location.href);
    let workbookId: Promise<string> | null = null;
    const pane: PaneContext = {
      api: new ApiClient(config.apiBaseUrl, () => tokens.api()),
      workbookId: () => {
        const url = Office.context.document.url;
        workbookId ??= config.workbookStore === "Local"
          ? Promise.resolve(fileNameOf(url))
          : tokens.graph().then((token) => driveItemIdOf(url, token, (i, n) => fetch(i, n)));
        workbookId.catch(() => (workbookId = null));
        return workbookId;
      },
    };
    wireReview(pane);
    wireClassify(pane);
    wireDecide(pane);
    wireLog(pane);
    wireStatus(pane);
    wireFinance(pane);
    wireSources(pane);
    activity("Ready.");
  } catch (error) {
    showFailure(error);
  }
});
