const months: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

// RFC 822 zone names, in minutes east of UTC. Military letters are ambiguous in practice; they fall to UTC.
const zones: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
};

const iso8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

// "Mon, 06 Jan 2025 10:00:00 GMT", with the lenience real feeds need (no weekday, no seconds, full month names).
const rfc822 =
  /^(?:[a-z]+,?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]{1,5}|[+-]\d{4})?$/i;

function offsetMinutes(zone: string | undefined): number {
  if (!zone) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  return zones[zone.toLowerCase()] ?? 0;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  offset: number;
}

/** Builds the instant, refusing impossible fields instead of letting Date roll them over (31 Feb → 3 Mar). */
function toDate(parts: DateParts): Date | null {
  const { year, month, day, hour, minute, second, millisecond, offset } = parts;
  if (month < 0 || month > 11 || day < 1 || hour > 23 || minute > 59 || second > 60) return null;
  const utc = Date.UTC(year, month, day, hour, minute, Math.min(second, 59), millisecond);
  const check = new Date(utc);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month) return null;
  return new Date(utc - offset * 60_000);
}

function fromIso(match: RegExpExecArray): Date | null {
  return toDate({
    year: Number(match[1]),
    month: Number(match[2]) - 1,
    day: Number(match[3]),
    hour: Number(match[4] ?? 0),
    minute: Number(match[5] ?? 0),
    second: Number(match[6] ?? 0),
    millisecond: Number((match[7] ?? '0').slice(0, 3).padEnd(3, '0')),
    offset: offsetMinutes(match[8]),
  });
}

function fromRfc822(match: RegExpExecArray): Date | null {
  const month = months[(match[2] ?? '').toLowerCase()];
  if (month === undefined) return null;
  const shortYear = Number(match[3]);
  // Two-digit years, as RFC 822 allowed: 70–99 are the 1900s, the rest this century.
  const year = (match[3] ?? '').length === 2 ? shortYear + (shortYear >= 70 ? 1900 : 2000) : shortYear;
  return toDate({
    year,
    month,
    day: Number(match[1]),
    hour: Number(match[4]),
    minute: Number(match[5]),
    second: Number(match[6] ?? 0),
    millisecond: 0,
    offset: offsetMinutes(match[7]),
  });
}

/**
 * A feed date (RFC 822 for RSS, ISO 8601 for Atom and Dublin Core), or null when it is not one.
 * Deliberately not `new Date(text)`: V8 guesses a date out of almost any string with a number in it.
 */
export function parseFeedDate(text: string | null): Date | null {
  const value = text?.trim();
  if (!value) return null;
  const iso = iso8601.exec(value);
  if (iso) return fromIso(iso);
  const rfc = rfc822.exec(value);
  return rfc ? fromRfc822(rfc) : null;
}
