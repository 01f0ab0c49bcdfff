import { describe, expect, it } from 'vitest';
import { testDatabase } from '@/lib/db/test/database';
import { csvCell, getTranscript, transcriptCsv, type Transcript } from './transcript';
import { insertActivity, insertCertificate, insertDoctor } from './test-helpers';

const { db } = testDatabase('migrated', 'cme_transcript');

describe('getTranscript', () => {
  it('lists the passed activities, newest first, and sums credits per calendar year exactly', async () => {
    const doctor = await insertDoctor(db, { email: 'transcript@example.org' });
    const other = await insertDoctor(db, { email: 'other-transcript@example.org' });
    const a = await insertActivity(db, { title: 'Anticoagulation', credits: '0.10' });
    const b = await insertActivity(db, { title: 'Lorlatinib', credits: '0.20' });
    const c = await insertActivity(db, { title: 'CNS disease', credits: '1.25' });
    await insertCertificate(db, doctor.id, a, { issuedAt: new Date('2025-12-31T23:30:00Z') });
    await insertCertificate(db, doctor.id, b, { issuedAt: new Date('2026-01-01T00:30:00Z'), evaluated: false });
    await insertCertificate(db, doctor.id, c, { issuedAt: new Date('2026-03-02T10:00:00Z') });
    await insertCertificate(db, other.id, a, { issuedAt: new Date('2026-03-02T10:00:00Z') });

    const transcript = await getTranscript(doctor.id);
    expect(transcript.entries.map((e) => [e.activityTitle, e.credits, e.isEvaluated])).toEqual([
      ['CNS disease', '1.25', true],
      ['Lorlatinib', '0.20', false],
      ['Anticoagulation', '0.10', true],
    ]);
    // 0.1 + 0.2 as floats is 0.30000000000000004; 2026 is 0.20 + 1.25.
    expect(transcript.creditsByYear).toEqual([
      { year: 2026, credits: '1.45' },
      { year: 2025, credits: '0.10' },
    ]);
    expect(transcript.entries[0]).toMatchObject({ activitySlug: c.slug, code: expect.stringMatching(/^HDC-/) });
  });

  it('is empty for a doctor with no certificate', async () => {
    const doctor = await insertDoctor(db, { email: 'nothing-yet@example.org' });
    expect(await getTranscript(doctor.id)).toEqual({ entries: [], creditsByYear: [] });
  });
});

describe('transcriptCsv', () => {
  const transcript: Transcript = {
    entries: [
      { activityTitle: '=HYPERLINK("http://evil.example","Click")', activitySlug: 'a', credits: '1.50', issuedAt: new Date('2026-05-04T12:00:00Z'), code: 'HDC-AAAA-BBBB-CCCC-DDDD', isEvaluated: true },
      { activityTitle: 'Plain, with a comma and "quotes"\nand a new line', activitySlug: 'b', credits: '0.25', issuedAt: new Date('2026-01-02T00:00:00Z'), code: 'HDC-1111-2222-3333-4444', isEvaluated: false },
    ],
    creditsByYear: [{ year: 2026, credits: '1.75' }],
  };

  it('has a header row, CRLF line ends and one row per certificate', () => {
    const csv = transcriptCsv(transcript, { name: 'Dr. Zoë Ñúñez', registrationNumber: 'MMC-1', registrationCouncil: null }, (code) => `https://x.example/cme/verify/${code}`);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Holder,Registration number,Council,Activity,Credits,Date of issue,Verification code,Verification address');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines[1]).toBe(`Dr. Zoë Ñúñez,MMC-1,,"'=HYPERLINK(""http://evil.example"",""Click"")",1.50,2026-05-04,HDC-AAAA-BBBB-CCCC-DDDD,https://x.example/cme/verify/HDC-AAAA-BBBB-CCCC-DDDD`);
    // A quoted field keeps its line break, so the record spans two physical lines.
    expect(csv).toContain('"Plain, with a comma and ""quotes""\nand a new line",0.25,2026-01-02');
  });

  it('neutralises every formula start in names and titles', () => {
    const hostile = ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tTAB', '\rCR'];
    for (const value of hostile) {
      const cell = csvCell(value);
      expect(cell.replace(/^"/, ''), JSON.stringify(value)).toMatch(/^'/);
    }
    const csv = transcriptCsv({ ...transcript, entries: [transcript.entries[0]!] }, { name: '@SUM(1,2)', registrationNumber: '-1', registrationCouncil: '+council' });
    const row = csv.split('\r\n')[1]!;
    expect(row.startsWith(`"'@SUM(1,2)",'-1,'+council,"'=HYPERLINK`)).toBe(true);
    expect(csvCell('Safe text')).toBe('Safe text');
    expect(csvCell('1.50')).toBe('1.50');
  });
});
