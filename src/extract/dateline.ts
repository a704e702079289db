// A dateline: a short line that is only a publication date, maybe with a time and page furniture
// ("14 October 2025, 6.40pm", "October 15, 2025 | 3 min read | 0 Comments").
import * as chrono from 'chrono-node';

const pad = (n: number) => String(n).padStart(2, '0');
const DATEISH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d{4}-\d\d-\d\d|\d{1,2}\s*[/.]\s*\d{1,2}\s*[/.]\s*\d{2,4}/i;

/** Words a dateline may carry beside its dates: labels, time zones, clock times. */
const FURNITURE =
  /\b(published|posted|updated|last|modified|on|at|gmt|utc|est|edt|cst|cdt|pst|pdt|bst|cet|hkt|ist|am|pm|a\.m|p\.m)\b|[\d\s,.:;()/-]+/gi;

export function datelineDate(line: string): string | null {
  // dumps rebuilt from tokens space out dates: "4 / 9 / 2007"
  const first = line
    .split(/\s+[|·•]\s+/)[0]
    .trim()
    .replace(/(?<=\d)\s*([/:])\s*(?=\d)/g, '$1');
  if (first.split(/\s+/).length > 14 || !/\d{4}/.test(first) || !DATEISH.test(first)) return null;
  const normalised = first.replace(/(\d{1,2})\.(\d{2})\s*(am|pm)\b/i, '$1:$2$3');
  const results = chrono.parse(normalised, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 });
  const r = results[0];
  if (!r?.start.isCertain('year') || !r.start.isCertain('day')) return null;
  // the dates must be the whole line: "Posted: 1052 GMT, April 10, 2007" yes, a sentence no
  let rest = normalised;
  for (const x of results) rest = rest.replace(x.text, ' ');
  if (rest.replace(FURNITURE, '').length > 3) return null;
  const d = r.start.date();
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (!r.start.isCertain('hour')) return day;
  return `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
