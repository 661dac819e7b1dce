/**
 * Arguments the editor commands accept from executeCommand callers, so what a person would
 * choose in a QuickPick can be given instead. Menus pass other things (the document's URI for
 * editor/context): anything that does not parse is ignored, never an error.
 */
import * as l10n from '@vscode/l10n';
import * as z from 'zod/mini';
import { TABLE_DESTINATIONS, TABLE_FORMATS } from '../results/protocol';

// Lazy: built on the first command with arguments, not when the extension loads.
const evaluateArgsSchema = z.lazy(() =>
  z.object({
    /** For a list of numbers: the metric to read them as, instead of asking. */
    metric: z.optional(z.string().check(z.minLength(1))),
    /** For rows: send the table here instead of opening the results view. */
    table: z.optional(z.object({ format: z.enum(TABLE_FORMATS), to: z.enum(TABLE_DESTINATIONS) })),
  }),
);
export type EvaluateArgs = z.infer<typeof evaluateArgsSchema>;

/** {} for what menus pass; an error for an object that means to be arguments but is wrong. */
export function evaluateArgsOf(arg: unknown): { ok: true; args: EvaluateArgs } | { ok: false; message: string } {
  if (typeof arg !== 'object' || arg === null || !('metric' in arg || 'table' in arg)) return { ok: true, args: {} };
  const parsed = evaluateArgsSchema.safeParse(arg);
  if (parsed.success) return { ok: true, args: parsed.data };
  const where = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
  return {
    ok: false,
    message: l10n.t(
      'Evaluate Selection was given wrong arguments ({0}): expected {1}',
      where,
      `{ metric?: string, table?: { format: ${TABLE_FORMATS.join(' | ')}, to: ${TABLE_DESTINATIONS.join(' | ')} } }`,
    ),
  };
}
