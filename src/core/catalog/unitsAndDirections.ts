/** The units a value is shown in, and which way is better: plain lists, read without zod. */
export const UNITS = [
  'count',
  'currency',
  'percent',
  'ratio',
  'number',
  'seconds',
  'points',
  'score',
  'years',
  'months',
  'perYear',
  'periods',
] as const;

export const DIRECTIONS = ['higher', 'lower', 'neither'] as const;
