import type { ApiClient } from "../api/client";

/** What every pane gets: the API client and the open workbook's id (resolved once, on first use). */
export interface PaneContext {
  api: ApiClient;
  workbookId: () => Promise<string>;
}
