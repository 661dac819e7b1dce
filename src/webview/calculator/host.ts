import {
  extensionMessageSchema,
  messageTypeOf,
  savedStateSchema,
  type ExtensionMessage,
  type SavedState,
  type WebviewMessage,
} from '../../calculator/protocol';

/** The API VS Code injects into a webview; callable once per page. */
interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** The page's link to the extension: typed messages out, validated messages in, saved state. */
export class Host {
  private readonly api = acquireVsCodeApi();

  post(message: WebviewMessage): void {
    this.api.postMessage(message);
  }

  /** Calls `handler` with every valid message from the extension; others are logged and dropped. */
  listen(handler: (message: ExtensionMessage) => void): void {
    window.addEventListener('message', (event: MessageEvent<unknown>) => {
      const parsed = extensionMessageSchema.safeParse(event.data);
      if (!parsed.success) {
        console.warn(`calculator: ignored a malformed message (type: ${messageTypeOf(event.data)})`);
        return;
      }
      handler(parsed.data);
    });
  }

  /** What was saved before a reload or while the tab was hidden; defaults for anything unusable. */
  loadState(): SavedState {
    const parsed = savedStateSchema.safeParse(this.api.getState() ?? {});
    return parsed.success ? parsed.data : savedStateSchema.parse({});
  }

  saveState(state: SavedState): void {
    this.api.setState(state);
  }
}
