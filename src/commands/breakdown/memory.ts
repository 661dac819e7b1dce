/**
 * The last breakdown chosen, kept per workspace (ExtensionContext.workspaceState): the next
 * Evaluate Selection on a table with those columns shows it at once. What is read back is
 * parsed; anything else (an older shape, a hand edit) counts as no breakdown.
 */
import type vscode = require('vscode');
import * as z from 'zod/mini';
import { COMPARISONS, NO_BREAKDOWN, PERIODS, type BreakdownChoice } from '../../results/report/choice';

const KEY = 'marketingMetrics.lastBreakdown';

const choiceSchema = z.lazy(() =>
  z.object({
    groupBy: z.array(z.string().check(z.maxLength(500))).check(z.maxLength(10)),
    period: z.optional(z.enum(PERIODS)),
    compare: z.optional(z.enum(COMPARISONS)),
  }),
);

export function rememberedBreakdown(memory: vscode.Memento | undefined): BreakdownChoice {
  const parsed = choiceSchema.safeParse(memory?.get<unknown>(KEY));
  return parsed.success ? parsed.data : NO_BREAKDOWN;
}

export async function rememberBreakdown(memory: vscode.Memento | undefined, choice: BreakdownChoice): Promise<void> {
  await memory?.update(KEY, {
    groupBy: [...choice.groupBy],
    ...(choice.period !== undefined ? { period: choice.period } : {}),
    ...(choice.compare !== undefined ? { compare: choice.compare } : {}),
  });
}
