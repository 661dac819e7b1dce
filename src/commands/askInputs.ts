import vscode = require('vscode');
import type { Catalog, Inputs, MetricDef } from '../core';
import { checkInput, inputExample, inputPrompt } from './evaluate/inputCheck';

export interface AskInputsOptions {
  readonly metric: MetricDef;
  readonly inputs: readonly string[];
  readonly title: string;
  readonly catalog: Catalog;
  readonly locale: string;
  readonly currency: string;
  /** Values already known (typed before, or given as arguments): shown and kept. */
  readonly values: Inputs;
  /** Start at this input, with the message of a value the formula refused. */
  readonly start?: { readonly index: number; readonly message?: string };
}

/**
 * One input box per input, "1/2", "2/2" in the title, with a Back button and live validation
 * in the user's locale. Resolves the texts as typed, or undefined on Escape.
 */
export async function askInputs(options: AskInputsOptions): Promise<Inputs | undefined> {
  const values: Record<string, string | number | null | undefined> = { ...options.values };
  let index = options.start?.index ?? 0;
  let message = options.start?.message;
  while (index < options.inputs.length) {
    const answer = await askOne(options, index, values, message);
    message = undefined;
    if (answer === undefined) return undefined;
    if (answer === 'back') {
      index = Math.max(0, index - 1);
      continue;
    }
    values[options.inputs[index]!] = answer;
    index++;
  }
  return values;
}

function askOne(
  options: AskInputsOptions,
  index: number,
  values: Inputs,
  message: string | undefined,
): Promise<string | 'back' | undefined> {
  const input = options.inputs[index]!;
  const box = vscode.window.createInputBox();
  box.title = options.title;
  box.step = index + 1;
  box.totalSteps = options.inputs.length;
  box.prompt = inputPrompt(input, options.catalog, options.currency);
  box.placeholder = inputExample(options.metric, input) ?? '';
  box.value = String(values[input] ?? '');
  box.ignoreFocusOut = false;
  if (index > 0) box.buttons = [vscode.QuickInputButtons.Back];
  const validate = (text: string, onAccept: boolean): boolean => {
    const check = checkInput(text, input, options.catalog, options.locale);
    if (check.ok)
      box.validationMessage =
        check.note !== undefined
          ? { message: check.note, severity: vscode.InputBoxValidationSeverity.Info }
          : undefined;
    else box.validationMessage = text.trim() === '' && !onAccept ? undefined : check.message;
    return check.ok;
  };
  if (message !== undefined) box.validationMessage = message;
  else if (box.value) validate(box.value, false);
  return new Promise((resolve) => {
    let settled = false;
    const settle = (value: string | 'back' | undefined) => {
      if (settled) return;
      settled = true;
      resolve(value);
      box.dispose();
    };
    box.onDidChangeValue((text) => validate(text, false));
    box.onDidAccept(() => {
      if (validate(box.value, true)) settle(box.value.trim());
    });
    box.onDidTriggerButton((button) => {
      if (button === vscode.QuickInputButtons.Back) settle('back');
    });
    box.onDidHide(() => settle(undefined));
    box.show();
  });
}
