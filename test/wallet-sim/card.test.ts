// Reading a wallet file (wallet-sim/card.ts): the issuer's format, and nothing else, as a card.
import { describe, expect, it } from 'vitest';
import { readWalletCard, WALLET_FILE_FORMAT } from '../../wallet-sim/card';

const file = {
  format: WALLET_FILE_FORMAT,
  label: 'マイナンバーカード（山田 花子）',
  docType: 'org.iso.23220.1.jp.mnc',
  issuerSigned: 'oWFhAQ',
  deviceKey: { kty: 'EC', crv: 'P-256', x: 'eA', y: 'eQ', d: 'ZA' },
};

describe('readWalletCard', () => {
  it('reads the issuer wallet file format', () => {
    const card = readWalletCard(file);
    expect(card?.label).toBe(file.label);
    expect(card?.docType).toBe(file.docType);
    expect([...(card?.issuerSigned ?? [])]).toEqual([0xa1, 0x61, 0x61, 0x01]);
    expect(card?.deviceKey.d).toBe('ZA');
  });

  it('refuses anything else (never throws)', () => {
    for (const bad of [
      null,
      'text',
      { ...file, format: 'other/1' },
      { ...file, label: '' },
      { ...file, issuerSigned: 'not base64url!' },
      { ...file, deviceKey: { ...file.deviceKey, d: undefined } },
      { ...file, deviceKey: { ...file.deviceKey, kty: 'OKP' } },
      { ...file, deviceKey: null },
    ])
      expect(readWalletCard(bad)).toBeNull();
  });
});
