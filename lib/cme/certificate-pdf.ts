import 'server-only';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { creditsLabel, formatCredits } from '@/lib/cme/format';
import { formatDate } from '@/lib/content/format';
import { isRightToLeft, splitIntoFontRuns, type FontRun, type FontWeight } from '@/lib/cme/fonts/fallback';
import { siteName } from '@/lib/site';
import type { CmeCertificateView } from '@/lib/cme/types';

/*
 * The certificate as a one-page A4 landscape PDF, drawn with pdfkit (its text goes through
 * fontkit, which shapes complex scripts: Devanagari's conjuncts and vowel signs, Arabic's
 * joined forms, read right to left). Every piece of text is split into runs by the font that
 * has its characters (lib/cme/fonts/fallback.ts), each font embedded as a subset.
 *
 * Limits, honestly: a line's direction is its first letter's (no full Unicode bidi: a Latin
 * word inside an Arabic name keeps its place in the run order, not the algorithm's); Korean
 * Hangul has no font here (Chinese and Japanese kana do).
 */

const PAGE = { width: 841.89, height: 595.28 };
const MARGIN = 56;
const INK = '#0f172a';
const MUTED = '#475569';
const BRAND = '#1e3a8a';

type Doc = PDFKit.PDFDocument;

/*
 * Without features, pdfkit lays text out word by word and puts the words side by side in
 * the order they are written, which turns a right-to-left name's words around. Naming a
 * feature (kerning, which the scripts' own features come with anyway) makes it shape the
 * whole run at once, as fontkit then orders it.
 */
const WHOLE_RUN = { features: ['kern'] as PDFKit.Mixins.OpenTypeFeatures[] };
type TextStyle = { size: number; weight: FontWeight; color: string };

export async function renderCertificatePdf(view: CmeCertificateView): Promise<Uint8Array> {
  const title = `Certificate of completion: ${view.activityTitle}`;
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    // No standard font: every character goes through the embedded Noto fonts.
    font: null as unknown as string,
    lang: 'en',
    displayTitle: true,
    info: {
      Title: title,
      Author: siteName,
      Subject: `CME certificate ${view.code}`,
      Keywords: `CME, certificate, ${view.code}`,
      Creator: siteName,
      CreationDate: view.issuedAt,
    },
  });
  const done = collect(doc);
  const registered = new Set<string>();
  const selectFont = (run: FontRun) => {
    if (!registered.has(run.font.key)) {
      doc.registerFont(run.font.key, run.font.bytes);
      registered.add(run.font.key);
    }
    doc.font(run.font.key);
  };

  const width = (text: string, style: TextStyle): number =>
    splitIntoFontRuns(text, style.weight).reduce((sum, run) => {
      selectFont(run);
      return sum + doc.fontSize(style.size).widthOfString(run.text, WHOLE_RUN);
    }, 0);

  /** One line, centred on x (or starting at x), its runs side by side. */
  const drawLine = (text: string, style: TextStyle, y: number, x = PAGE.width / 2, align: 'center' | 'left' = 'center') => {
    const runs = splitIntoFontRuns(text, style.weight);
    if (isRightToLeft(text)) runs.reverse();
    let cursor = align === 'center' ? x - width(text, style) / 2 : x;
    doc.fillColor(style.color);
    // The glyphs of shaped text come in visual order (a reph or an i-matra moves, Arabic reads
    // right to left): ActualText tells copy, search and screen readers the line as written.
    doc.markContent('Span', { actual: text });
    for (const run of runs) {
      selectFont(run);
      doc.fontSize(style.size).text(run.text, cursor, y, { lineBreak: false, ...WHOLE_RUN });
      cursor += doc.widthOfString(run.text, WHOLE_RUN);
    }
    doc.endMarkedContent();
  };

  /** Greedy wrapping on spaces; a word longer than the line (CJK has no spaces) breaks between characters. */
  const wrap = (text: string, style: TextStyle, maxWidth: number): string[] => {
    const lines: string[] = [];
    let line = '';
    const push = (word: string) => {
      const candidate = line ? `${line} ${word}` : word;
      if (!line || width(candidate, style) <= maxWidth) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    };
    for (const word of text.split(/\s+/).filter(Boolean)) {
      if (width(word, style) <= maxWidth) push(word);
      else
        for (const char of word) {
          if (line && width(line + char, style) > maxWidth) {
            lines.push(line);
            line = '';
          }
          line += char;
        }
    }
    if (line) lines.push(line);
    return lines;
  };

  /** Wrapped and centred, shrinking the type until it fits in maxLines. Returns the y below it. */
  const drawBlock = (text: string, style: TextStyle, y: number, maxWidth: number, maxLines: number, minSize: number): number => {
    let size = style.size;
    let lines = wrap(text, { ...style, size }, maxWidth);
    while (lines.length > maxLines && size > minSize) {
      size -= 1;
      lines = wrap(text, { ...style, size }, maxWidth);
    }
    const leading = size * 1.35;
    lines.forEach((line, i) => drawLine(line, { ...style, size }, y + i * leading));
    return y + lines.length * leading;
  };

  // A double frame.
  doc.lineWidth(2.5).strokeColor(BRAND).rect(24, 24, PAGE.width - 48, PAGE.height - 48).stroke();
  doc.lineWidth(0.75).rect(32, 32, PAGE.width - 64, PAGE.height - 64).stroke();

  const contentWidth = PAGE.width - 2 * MARGIN - 40;
  drawLine(siteName, { size: 16, weight: 'bold', color: BRAND }, 58);
  drawLine('Continuing Medical Education', { size: 10, weight: 'regular', color: MUTED }, 80);
  drawLine('Certificate of completion', { size: 30, weight: 'bold', color: INK }, 108);
  drawLine('This certifies that', { size: 12, weight: 'regular', color: MUTED }, 158);
  let y = drawBlock(view.holderName, { size: 26, weight: 'bold', color: INK }, 180, contentWidth, 2, 16);
  const registration = [
    view.registrationNumber ? `Registration number ${view.registrationNumber}` : null,
    view.registrationCouncil,
  ].filter(Boolean);
  if (registration.length > 0) {
    drawLine(registration.join(' · '), { size: 11, weight: 'regular', color: MUTED }, y + 2);
    y += 18;
  }
  drawLine('has completed the accredited CME activity', { size: 12, weight: 'regular', color: MUTED }, y + 10);
  y = drawBlock(view.activityTitle, { size: 18, weight: 'bold', color: INK }, y + 32, contentWidth, 3, 12);
  const credits = formatCredits(view.credits);
  drawLine(`${creditsLabel(credits)} · Issued ${formatDate(view.issuedAt)}`, { size: 13, weight: 'bold', color: BRAND }, y + 8);
  drawBlock(view.accreditationStatement, { size: 9, weight: 'regular', color: MUTED }, y + 34, contentWidth - 180, 4, 7);

  // Bottom: the code on the left, the QR code of the verification address on the right.
  const bottom = PAGE.height - MARGIN - 20;
  drawLine('Verification code', { size: 9, weight: 'regular', color: MUTED }, bottom - 40, MARGIN + 10, 'left');
  drawLine(view.code, { size: 16, weight: 'bold', color: INK }, bottom - 26, MARGIN + 10, 'left');
  drawLine('Check this certificate at the address under the QR code.', { size: 8, weight: 'regular', color: MUTED }, bottom - 4, MARGIN + 10, 'left');

  const qrSize = 92;
  const qrX = PAGE.width - MARGIN - 10 - qrSize;
  const qrY = bottom - qrSize - 14;
  drawQrCode(doc, view.verifyUrl, qrX, qrY, qrSize);
  // Under the QR code, ending at its right edge (a long address grows to the left, inside the frame).
  const urlStyle: TextStyle = { size: 7, weight: 'regular', color: MUTED };
  drawLine(view.verifyUrl, urlStyle, qrY + qrSize + 4, qrX + qrSize - width(view.verifyUrl, urlStyle), 'left');

  doc.end();
  return done;
}

/** The QR code as vector squares (no image to embed): crisp at any zoom and a few hundred bytes. */
function drawQrCode(doc: Doc, text: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(x + col * cell, y + row * cell, cell, cell);
    }
  }
  doc.fillColor(INK).fill();
}

function collect(doc: Doc): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}
