/**
 * The metric id a command was invoked for: a string from a command link, a keybinding or
 * executeCommand, or the tree node the user right-clicked.
 */
export function metricIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (typeof arg === 'object' && arg !== null && 'metric' in arg) {
    const metric = (arg as { metric: unknown }).metric;
    if (typeof metric === 'object' && metric !== null && 'id' in metric && typeof metric.id === 'string')
      return metric.id;
  }
  return undefined;
}
