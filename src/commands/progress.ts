import vscode = require('vscode');
import { NO_PROGRESS, type Work } from './evaluate/work';

/** Runs `task`, under a cancellable notification when `large`; undefined when cancelled. */
export type WorkRunner = <T>(
  title: string,
  large: boolean,
  task: (work: Work) => Promise<T | undefined>,
) => Promise<T | undefined>;

export const runWork: WorkRunner = async (title, large, task) => {
  if (!large) return task(NO_PROGRESS);
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    async (progress, token) => {
      // Let the notification (and its Cancel button) appear before the first synchronous chunk.
      await yieldToEventLoop();
      return task(progressWork(progress, token));
    },
  );
};

/** Work that reports to a progress notification and sees its Cancel button between steps. */
export function progressWork(
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
): Work {
  let reported = 0;
  return {
    get cancelled() {
      return token.isCancellationRequested;
    },
    async step(done, total, message) {
      const percent = total > 0 ? Math.min(100, (done / total) * 100) : 0;
      progress.report({ message, increment: Math.max(0, percent - reported) });
      reported = Math.max(reported, percent);
      await yieldToEventLoop();
    },
  };
}

/** setTimeout rather than setImmediate: the web extension host has only the former. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
