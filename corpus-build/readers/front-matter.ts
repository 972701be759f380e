import { parseDocument as parseYaml } from 'yaml';
import { InputError } from '../core/source-document.js';

/** A Markdown file split into its YAML front matter (parsed) and the Markdown after it. */
export interface FrontMatterSplit {
  data: Record<string, unknown>;
  content: string;
  /** 1-based line where the Markdown content starts (1 when there is no front matter). */
  contentLine: number;
}

/**
 * Splits off a YAML front matter block (`---` on the first line, closed by `---` or `...`).
 * Throws {@link InputError} with the line when the block is not closed, not valid YAML, or not a
 * mapping. Text without front matter comes back whole with empty data.
 */
export function splitFrontMatter(text: string, file: string): FrontMatterSplit {
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') return { data: {}, content: text, contentLine: 1 };
  const end = lines.findIndex((l, i) => i > 0 && (l.trimEnd() === '---' || l.trimEnd() === '...'));
  if (end < 0) throw new InputError({ file, line: 1 }, 'front matter is not closed (no second "---" line)');
  const doc = parseYaml(lines.slice(1, end).join('\n'), { prettyErrors: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const line = 1 + (err.linePos?.[0]?.line ?? 1);
    throw new InputError({ file, line }, `front matter is not valid YAML: ${err.message.split('\n')[0]}`);
  }
  const data: unknown = doc.toJS();
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new InputError({ file, line: 2 }, 'front matter is not a mapping of fields');
  }
  return { data: (data ?? {}) as Record<string, unknown>, content: lines.slice(end + 1).join('\n'), contentLine: end + 2 };
}

/** The first field among `names` that holds a non-empty string (numbers and dates are converted). */
export function stringField(data: Record<string, unknown>, ...names: string[]): string | undefined {
  for (const name of names) {
    const v = data[name];
    if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString();
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return undefined;
}

/** Tags as a list: a YAML sequence, or a comma-separated string. */
export function listField(data: Record<string, unknown>, ...names: string[]): string[] | undefined {
  for (const name of names) {
    const v = data[name];
    const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : undefined;
    if (!items) continue;
    const tags = items.filter((t) => typeof t === 'string' || typeof t === 'number').map((t) => String(t).trim()).filter(Boolean);
    if (tags.length > 0) return tags;
  }
  return undefined;
}

/** `draft: true` (or "true"/"yes"), or `published: false`. */
export function isDraft(data: Record<string, unknown>): boolean {
  const truthy = (v: unknown) => v === true || (typeof v === 'string' && /^(true|yes)$/i.test(v.trim()));
  const falsy = (v: unknown) => v === false || (typeof v === 'string' && /^(false|no)$/i.test(v.trim()));
  return truthy(data.draft) || falsy(data.published);
}
