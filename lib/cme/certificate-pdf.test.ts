import { describe, expect, it } from 'vitest';
import { renderCertificatePdf } from './certificate-pdf';
import { pdfActualTexts, readPdf } from './test-helpers';
import type { CmeCertificateView } from './types';

const VIEW: CmeCertificateView = {
  code: 'HDC-7KQ2-M9XD-4TNA',
  holderName: 'Dr. Zoë Ñúñez-Łukasiewicz',
  registrationNumber: 'MMC-2019-04417',
  registrationCouncil: 'Maharashtra Medical Council',
  activityTitle: 'Thromboprophylaxis in medical inpatients',
  activitySlug: 'thromboprophylaxis-in-medical-inpatients',
  credits: '1.50',
  accreditationStatement: 'This activity is designated for a maximum of 1.5 CME credits.',
  issuedAt: new Date('2026-11-29T08:00:00Z'),
  verifyUrl: 'https://portal.example/cme/verify/HDC-7KQ2-M9XD-4TNA',
};

/** The line under "This certifies that": the holder's name as the PDF reads back. */
function holderLine(text: string): string {
  const lines = text.split('\n');
  return (lines[lines.indexOf('This certifies that') + 1] ?? '').normalize('NFC');
}

/** The characters of a text, sorted, without spaces: the same glyphs whatever their order. */
function characters(text: string): string[] {
  return [...text.normalize('NFC').replace(/\s/g, '')].sort();
}

describe('renderCertificatePdf', () => {
  it('is a one-page A4 landscape PDF with the holder, activity, credits, date, code and address', async () => {
    const bytes = await renderCertificatePdf(VIEW);
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toBe(1);
    expect(pdf.pageSize.map(Math.round)).toEqual([842, 595]);
    expect(pdf.title).toBe('Certificate of completion: Thromboprophylaxis in medical inpatients');
    for (const text of [
      'Hidoc Dr.',
      'Certificate of completion',
      'Dr. Zoë Ñúñez-Łukasiewicz',
      'Registration number MMC-2019-04417 · Maharashtra Medical Council',
      'Thromboprophylaxis in medical inpatients',
      '1.5 credits',
      '29 November 2026',
      'designated for a maximum of 1.5 CME credits',
      'HDC-7KQ2-M9XD-4TNA',
      'https://portal.example/cme/verify/HDC-7KQ2-M9XD-4TNA',
    ]) {
      expect(pdf.text, text).toContain(text);
    }
  });

  it.each([
    ['Cyrillic', 'Анна Петрова'],
    ['Greek', 'Ελένη Παπαδοπούλου'],
    ['Tamil', 'முருகன் சுப்பிரமணியம்'],
    ['Chinese', '王小明'],
    ['Japanese', '山田 はなこ'],
  ])('draws a %s name that reads back as written', async (_script, name) => {
    const pdf = await readPdf(await renderCertificatePdf({ ...VIEW, holderName: name }));
    expect(holderLine(pdf.text)).toBe(name);
  });

  /*
   * Shaped scripts: the glyphs are in visual order (Devanagari's reph and i-matra move, Arabic
   * and Hebrew run right to left), which is how pdf.js reads them back; the line also carries
   * the name as written in ActualText, for readers that use it. What must hold: every character
   * has a glyph that maps back to it (none missing, none a blank box) and the line is the name's.
   */
  it.each([
    ['Devanagari', 'डॉ. अनन्या शर्मा'],
    ['Bengali', 'সুমিত্রা দত্ত'],
    ['Arabic', 'د. ليلى حسن'],
    ['Hebrew', 'ד"ר נועה כהן'],
  ])('draws a %s name, shaped, with a glyph for every character', async (_script, name) => {
    const bytes = await renderCertificatePdf({ ...VIEW, holderName: name });
    const pdf = await readPdf(bytes);
    expect(characters(holderLine(pdf.text))).toEqual(characters(name));
    expect(pdfActualTexts(bytes)).toContain(name);
  });

  it('stays small: fonts are embedded as subsets', async () => {
    const bytes = await renderCertificatePdf({ ...VIEW, holderName: 'डॉ. अनन्या शर्मा 王小明 Анна' });
    console.log('certificate PDF size', bytes.byteLength);
    expect(bytes.byteLength).toBeLessThan(200_000);
  });
});
