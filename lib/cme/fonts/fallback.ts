import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';

/*
 * The certificate's fonts, all from npm packages (node_modules), none from the machine: a name
 * in any of these scripts renders with a real glyph, never a blank box. Each is embedded as a
 * subset (only the glyphs a certificate uses), so the PDF stays small.
 *
 * Order is the fallback order: a character goes to the first font that has it.
 *   Noto Sans            Latin with every diacritic, Greek, Cyrillic (and Vietnamese)
 *   Noto Sans Devanagari, Bengali, Tamil   (Google Fonts' script subsets, as fontsource ships them)
 *   Noto Naskh Arabic    Arabic, Persian, Urdu letters
 *   Noto Sans Hebrew
 *   Noto Sans CJK SC     Chinese (GB 2312 and more), Japanese kana
 */
export type FontWeight = 'regular' | 'bold';

type FontSource = { name: string; files: Record<FontWeight, string> };

const SOURCES: FontSource[] = [
  {
    name: 'NotoSans',
    files: { regular: '@embedpdf/fonts-latin/fonts/NotoSans-Regular.ttf', bold: '@embedpdf/fonts-latin/fonts/NotoSans-Bold.ttf' },
  },
  {
    name: 'NotoSansDevanagari',
    files: {
      regular: '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-400-normal.woff',
      bold: '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-700-normal.woff',
    },
  },
  {
    name: 'NotoSansBengali',
    files: {
      regular: '@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-400-normal.woff',
      bold: '@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-700-normal.woff',
    },
  },
  {
    name: 'NotoSansTamil',
    files: {
      regular: '@fontsource/noto-sans-tamil/files/noto-sans-tamil-tamil-400-normal.woff',
      bold: '@fontsource/noto-sans-tamil/files/noto-sans-tamil-tamil-700-normal.woff',
    },
  },
  {
    name: 'NotoNaskhArabic',
    files: { regular: '@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Regular.ttf', bold: '@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Bold.ttf' },
  },
  {
    name: 'NotoSansHebrew',
    files: { regular: '@embedpdf/fonts-hebrew/fonts/NotoSansHebrew-Regular.ttf', bold: '@embedpdf/fonts-hebrew/fonts/NotoSansHebrew-Bold.ttf' },
  },
  {
    name: 'NotoSansCJKsc',
    files: { regular: '@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf', bold: '@embedpdf/fonts-sc/fonts/NotoSansHans-Bold.otf' },
  },
];

/** A font the certificate can draw with: its file's bytes (for pdfkit) and fontkit's reading of them (to ask what it covers). */
export type LoadedFont = { key: string; bytes: Buffer; covers(codePoint: number): boolean };

/*
 * node_modules is found from the working directory: `npm start`, `next start`, the tests and
 * the CLI all run from the repository's root, and a bundler would rewrite require.resolve.
 */
function fontPath(file: string): string {
  return path.join(process.cwd(), 'node_modules', file);
}

const loaded = new Map<string, LoadedFont>();

/** Read once per process, on first use: the CJK font is 8 MB and most names never need it. */
function loadFont(source: FontSource, weight: FontWeight): LoadedFont {
  const key = `${source.name}-${weight}`;
  let font = loaded.get(key);
  if (!font) {
    const bytes = readFileSync(fontPath(source.files[weight]));
    const parsed = fontkit.create(bytes) as fontkit.Font;
    const known = new Map<number, boolean>();
    font = {
      key,
      bytes,
      covers(codePoint) {
        let has = known.get(codePoint);
        if (has === undefined) known.set(codePoint, (has = parsed.hasGlyphForCodePoint(codePoint)));
        return has;
      },
    };
    loaded.set(key, font);
  }
  return font;
}

/** The first font in fallback order that has the character; only the fonts asked before it are read. */
function firstFontWith(codePoint: number, weight: FontWeight): LoadedFont {
  for (const source of SOURCES) {
    const font = loadFont(source, weight);
    if (font.covers(codePoint)) return font;
  }
  return loadFont(SOURCES[0]!, weight);
}

/** A stretch of text drawn with one font. */
export type FontRun = { text: string; font: LoadedFont };

/** Characters that belong to no script (spaces, punctuation, digits) or join the one before (combining marks). */
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;

/**
 * Splits text into runs, each drawn with the first font that has all its characters: a
 * neutral character stays with the run before it when that font has it, so "डॉ. अनन्या"
 * or "د. ليلى" stays one run and is shaped as one. A character no font has stays in the
 * first font's run (it shows as that font's blank glyph rather than vanishing).
 */
export function splitIntoFontRuns(text: string, weight: FontWeight): FontRun[] {
  const runs: FontRun[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    const last = runs[runs.length - 1];
    if (last && NEUTRAL.test(char) && last.font.covers(codePoint)) {
      last.text += char;
      continue;
    }
    const font = firstFontWith(codePoint, weight);
    if (last && last.font === font) last.text += char;
    else runs.push({ text: char, font });
  }
  return runs;
}

const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const STRONG = /[\p{L}]/u;

/**
 * Whether a line reads right to left: its first letter is in a right-to-left script (the
 * paragraph rule of Unicode's bidirectional algorithm, without the rest of it).
 */
export function isRightToLeft(text: string): boolean {
  for (const char of text) if (STRONG.test(char)) return RTL.test(char);
  return false;
}
