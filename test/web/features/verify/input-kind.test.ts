// Input that holds no certificate is an input error, not a verdict; a verification URL gone
// wrong keeps its verdict.
import { describe, expect, it } from 'vitest';
import type { ReasonCode } from '../../../../core/reasons';
import type { VerifyResult } from '../../../../core/types';
import { holdsNoCertificate, notCertificateMessage } from '../../../../web/features/verify/input-kind';

const invalid = (code: ReasonCode): VerifyResult => ({
  verdict: 'invalid',
  reasons: [code],
  checks: [],
  trustListSeq: 1,
});

describe('holdsNoCertificate', () => {
  it('is true for another web page or text that is no URL', () => {
    expect(holdsNoCertificate('https://example.com/menu', invalid('UNTRUSTED_HOST'))).toBe(true);
    expect(holdsNoCertificate('WIFI:S:cafe;T:WPA;;', invalid('MALFORMED_URL'))).toBe(true);
    expect(holdsNoCertificate('https://dqcv.nqs.go.jp/about', invalid('MALFORMED_URL'))).toBe(true);
  });

  it('is false for a verification URL, on a wrong host or broken, and for any other reason', () => {
    expect(holdsNoCertificate('https://dqcv.example.com/w/?c=0oRY', invalid('UNTRUSTED_HOST'))).toBe(false);
    expect(holdsNoCertificate('https://dqcv.nqs.go.jp/w?x=1&c=abc', invalid('MALFORMED_URL'))).toBe(false);
    expect(holdsNoCertificate('https://example.com/menu', invalid('BAD_SIGNATURE'))).toBe(false);
  });

  it('gives advice that fits where the input came from (never camera advice for a file)', () => {
    expect(notCertificateMessage('paste')).toBe('notCertificateUrl');
    expect(notCertificateMessage('image')).toBe('notCertificateImage');
    expect(notCertificateMessage('pdf')).toBe('notCertificatePdf');
    expect(notCertificateMessage('text')).toBe('notCertificateText');
    expect(notCertificateMessage('camera')).toBe('cameraNotCertificate');
  });
});
