// Fix: the desk log's CSV had UTC ISO times and English reason codes only. It now has Japan date
// and time columns, the Japanese verdict and reason, the code in its own column, and a BOM.
import { describe, expect, it } from 'vitest';
import { en as english } from '../../../../i18n/en';
import { logCsv } from '../../../../web/features/log/log-store';

const at = Date.parse('2026-11-23T15:05:09Z'); // 2026/11/24 00:05:09 in Japan

describe('log CSV', () => {
  const csv = logCsv([
    { at, verdict: 'valid', ctiHash: '00ff' },
    { at, verdict: 'invalid', reason: 'REVOKED', ctiHash: 'abcd' },
    { at, verdict: 'indeterminate', reason: 'STATUS_UNAVAILABLE' },
  ]);
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');

  it('starts with a UTF-8 BOM so Excel reads the Japanese text', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(new TextEncoder().encode(csv).subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('has Japan-time date and time columns, Japanese words and the code kept in its own column', () => {
    expect(lines[0]).toBe('日付,時刻（日本時間）,結果,理由,理由コード,識別子のハッシュ値');
    expect(lines[1]).toBe('2026/11/24,00:05:09,有効,,,00ff');
    expect(lines[2]).toBe('2026/11/24,00:05:09,無効,取消されています,REVOKED,abcd');
    expect(lines[3]).toBe('2026/11/24,00:05:09,確認できません,失効情報を取得できません,STATUS_UNAVAILABLE,');
    expect(csv).not.toMatch(/T15:05:09/);
  });

  it('follows the app language when it is English', () => {
    const en = logCsv([{ at, verdict: 'invalid', reason: 'SUSPENDED' }], english).split('\r\n');
    expect(en[1]).toBe('2026/11/24,00:05:09,Invalid,suspended,SUSPENDED,');
  });
});
