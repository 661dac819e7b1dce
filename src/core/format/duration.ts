import { formatWith, numberFormat } from './numberFormat';

/** Below this, tenths of a second matter ("12.5s"); 59.95 would round to "60.0s". */
const TENTHS_BELOW = 59.95;

/** 155 → "2m 35s", 45 → "45s", 3723 → "1h 2m 3s", 12.5 → "12.5s". */
export function formatDuration(seconds: number, locale: string): string {
  const magnitude = Math.abs(seconds);
  // A value that prints as zero gets no sign: "-0s" suggests a problem that is not there.
  const sign = seconds < 0 && magnitude >= 0.05 ? '-' : '';
  if (magnitude < TENTHS_BELOW) {
    return `${sign}${formatWith(numberFormat(locale, 'decimal', '', { kind: 'fraction', min: 0, max: 1 }), magnitude)}s`;
  }
  const total = Math.round(magnitude);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  const parts: string[] = [];
  if (hours > 0)
    parts.push(`${formatWith(numberFormat(locale, 'decimal', '', { kind: 'fraction', min: 0, max: 0 }), hours)}h`);
  // "1h 0m 3s" keeps the minutes place when something follows it; "1h" and "2m" need no zeros.
  if (minutes > 0 || (hours > 0 && rest > 0)) parts.push(`${minutes}m`);
  if (rest > 0) parts.push(`${rest}s`);
  return sign + parts.join(' ');
}
