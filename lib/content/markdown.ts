import 'server-only';
import { Marked, type Token, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';

export type TocEntry = { id: string; text: string; level: 2 | 3 };
export type RenderedMarkdown = { html: string; toc: TocEntry[] };

/** Ids the page layout already uses: a heading called "Main" must not steal the skip link's target. */
const RESERVED_IDS = ['main', 'contents', 'site-menu', 'references', 'transcript', 'top'];

/**
 * Markdown from editors and seeds → HTML that is safe to put in a page, plus its table of
 * contents. Everything marked produces, raw HTML in the markdown included, goes through one
 * allow-list (sanitize-html) that drops scripts with their content, event handlers, styles
 * and any link scheme but http(s) and mailto.
 */
export function renderMarkdown(markdown: string, options: { siteOrigin?: string } = {}): RenderedMarkdown {
  const toc: TocEntry[] = [];
  const usedIds = new Set(RESERVED_IDS);

  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth }: Tokens.Heading) {
        // The page owns the one h1; a "#" in the body becomes a section heading.
        const level = Math.max(2, depth);
        const text = toPlainText(tokens);
        const id = makeUniqueId(slugify(text), usedIds);
        if (level === 2 || level === 3) toc.push({ id, text, level });
        return `<h${level} id="${id}">${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
    },
  });

  const rawHtml = marked.parse(markdown, { async: false });
  return { html: sanitize(rawHtml, options.siteOrigin), toc };
}

/** The first paragraph before the first heading, as plain text: the article's lead. */
export function getLead(markdown: string): string {
  const tokens = new Marked({ gfm: true }).lexer(markdown);
  for (const token of tokens) {
    if (token.type === 'heading') break;
    if (token.type === 'paragraph') return toPlainText((token as Tokens.Paragraph).tokens);
  }
  return '';
}

/** Lower-case words joined by hyphens; accents folded, so ids stay ASCII and stable. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || 'section';
}

function makeUniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function toPlainText(tokens: Token[] | undefined): string {
  return decodeEntities(collectText(tokens ?? []))
    .replace(/\s+/g, ' ')
    .trim();
}

function collectText(tokens: Token[]): string {
  let out = '';
  for (const token of tokens) {
    if (token.type === 'html') continue;
    if (token.type === 'br') {
      out += ' ';
    } else if ('tokens' in token && Array.isArray(token.tokens) && token.tokens.length > 0) {
      out += collectText(token.tokens);
    } else if ('text' in token && typeof token.text === 'string') {
      out += token.text;
    }
  }
  return out;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function isExternal(href: string, siteOrigin: string | undefined): boolean {
  if (!/^https?:\/\//i.test(href)) return false;
  if (!siteOrigin) return true;
  try {
    return new URL(href).origin !== new URL(siteOrigin).origin;
  } catch {
    return true;
  }
}

function sanitize(html: string, siteOrigin: string | undefined): string {
  return sanitizeHtml(html, {
    allowedTags: [
      'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code',
      'em', 'strong', 'del', 'sup', 'sub', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
    ],
    allowedAttributes: {
      a: ['href', 'title', 'rel'],
      img: ['src', 'alt', 'title'],
      h2: ['id'], h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'],
      ol: ['start'],
      th: ['align'],
      td: ['align'],
      code: ['class'],
    },
    allowedClasses: { code: [/^language-[a-z0-9+#-]+$/] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: {
      a: (tagName, attribs) => {
        // Only we decide rel: drop whatever came in, then mark links that leave the site.
        const { rel: _ignored, ...rest } = attribs;
        void _ignored;
        const href = rest.href ?? '';
        return {
          tagName,
          attribs: isExternal(href, siteOrigin) ? { ...rest, rel: 'noopener noreferrer' } : rest,
        };
      },
    },
  });
}
