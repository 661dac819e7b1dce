// fast-formula-parser ships no types: what excelOnFormulaParser.test.ts uses of it.
declare module 'fast-formula-parser' {
  namespace FormulaParser {
    interface CellRef {
      readonly sheet?: string;
      readonly row: number;
      readonly col: number;
    }
    interface RangeRef {
      readonly sheet?: string;
      readonly from: { readonly row: number; readonly col: number };
      readonly to: { readonly row: number; readonly col: number };
    }
    interface Position {
      readonly sheet: string;
      readonly row: number;
      readonly col: number;
    }
    type Value = number | string | boolean | null | undefined | FormulaError;
    /** A function's argument as the engine passes it: the evaluated value, errors included. */
    interface Argument {
      readonly value: Value | Value[][];
    }
    interface Config {
      onVariable?(name: string, sheet: string): CellRef | RangeRef | undefined;
      onCell?(ref: CellRef): Value;
      onRange?(ref: RangeRef): Value[][];
      functions?: Readonly<Record<string, (...args: Argument[]) => Value>>;
    }
    /** A spreadsheet error value (#N/A, #DIV/0!…), returned or thrown. */
    class FormulaError {
      constructor(error: string, details?: unknown);
      readonly error: string;
    }
  }
  class FormulaParser {
    constructor(config?: FormulaParser.Config);
    parse(formula: string, position?: FormulaParser.Position, allowReturnArray?: boolean): unknown;
    static readonly FormulaError: typeof FormulaParser.FormulaError;
  }
  export = FormulaParser;
}
