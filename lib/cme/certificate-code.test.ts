import { describe, expect, it } from 'vitest';
import { newCertificateCode, normaliseCertificateCode } from './certificate-code';

describe('certificate codes', () => {
  it('are HDC and four groups of four Crockford characters, and differ each time', () => {
    const codes = new Set(Array.from({ length: 200 }, newCertificateCode));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^HDC(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
  });

  it('read back however they were typed', () => {
    const code = 'HDC-7KQ2-M9XD-4TNA-0P1Z';
    expect(normaliseCertificateCode(code)).toBe(code);
    expect(normaliseCertificateCode(' hdc 7kq2 m9xd 4tna op1z ')).toBe(code);
    expect(normaliseCertificateCode('7KQ2M9XD4TNA0PLZ')).toBe(code);
  });

  it('refuse what cannot be a code', () => {
    for (const input of ['', 'HDC-7KQ2-M9XD-4TNA', 'HDC-7KQ2-M9XD-4TNA-0P1U', '../../etc/passwd', 'HDC-7KQ2-M9XD-4TNA-0P1Z-AAAA']) {
      expect(normaliseCertificateCode(input)).toBeNull();
    }
  });
});
