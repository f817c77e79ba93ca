import { Marked } from 'marked';
import { templateVariables } from '../../../shared/email';

// Pure rendering: `{{contact.firstName | "there"}}` → the value (HTML-escaped in the HTML part), markdown →
// HTML plus a plain-text part, and the variables that had neither a value nor a fallback.

export type VariableValues = Partial<Record<(typeof templateVariables)[number]['key'], string | null>>;
export type Rendered = { subject: string; html: string; text: string; missing: string[] };

const VARIABLE = /\{\{\s*([a-zA-Z][\w.]*)\s*(?:\|\s*"([^"]*)"\s*)?\}\}/g;
const known = new Set<string>(templateVariables.map((v) => v.key));

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const marked = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    // Raw HTML in a template is shown as text: templates are markdown, and the preview must be safe to display.
    html: ({ text }) => escapeHtml(text),
    link({ href, text }) {
      const safe = /^(https?:|mailto:)/i.test(href) ? href : '#';
      return `<a href="${escapeHtml(safe)}">${text}</a>`;
    },
  },
});

type Substituted = { source: string; values: string[]; missing: Set<string> };

/** Replaces variables by placeholders markdown leaves alone; the values go back in after rendering. */
function substitute(source: string, vars: VariableValues, missing: Set<string>): Substituted {
  const values: string[] = [];
  const out = source.replace(VARIABLE, (_m, key: string, fallback: string | undefined) => {
    const raw = known.has(key) ? vars[key as keyof VariableValues] : undefined;
    let value = raw?.trim() ? raw.trim() : (fallback ?? null);
    if (value === null) {
      missing.add(key);
      value = '';
    }
    values.push(value);
    return `LOWBOYVAR${values.length - 1}X`;
  });
  return { source: out, values, missing };
}

const PLACEHOLDER = /LOWBOYVAR(\d+)X/g;

// The markdown a template becomes with its variables replaced by numbered placeholders is the same for every
// recipient: a campaign parses it once, not 10,000 times (marked was most of the render time). Bounded.
const parsed = new Map<string, string>();
function markdownToHtml(markdown: string): string {
  let html = parsed.get(markdown);
  if (html === undefined) {
    html = marked.parse(markdown, { async: false }) as string;
    if (parsed.size >= 200) parsed.clear();
    parsed.set(markdown, html);
  }
  return html;
}

export function renderTemplate(
  t: { subject: string; body: string },
  vars: VariableValues,
  opts: { footerMarkdown?: string } = {},
): Rendered {
  const missing = new Set<string>();
  const subj = substitute(t.subject, vars, missing);
  const subject = subj.source
    .replace(PLACEHOLDER, (_m, i: string) => subj.values[Number(i)] ?? '')
    .replace(/[\r\n]+/g, ' ')
    .trim();
  const body = substitute(t.body, vars, missing);
  const markdown = opts.footerMarkdown ? `${body.source}\n\n---\n\n${opts.footerMarkdown}` : body.source;
  const html = markdownToHtml(markdown).replace(PLACEHOLDER, (_m, i: string) =>
    escapeHtml(body.values[Number(i)] ?? ''),
  );
  const text = markdownToText(markdown)
    .replace(PLACEHOLDER, (_m, i: string) => body.values[Number(i)] ?? '')
    .trim();
  return { subject, html: wrapHtml(html), text, missing: [...missing] };
}

/** Markdown is already readable text; drop the emphasis marks and spell links out. */
function markdownToText(md: string): string {
  return md
    .replace(/!?\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g, (_m, label: string, href: string) =>
      label && label !== href ? `${label} (${href})` : href,
    )
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^*\w])[*_]([^*_\n]+)[*_](?=[^*\w]|$)/g, '$1$2')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^---$/gm, '--')
    .trim();
}

function wrapHtml(inner: string): string {
  return `<div style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#222">${inner}</div>`;
}
