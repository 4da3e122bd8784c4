// In Chromium the strict base64 decoder's native path is Uint8Array.prototype.setFromBase64,
// writing into pooled bytes (core/bytes.ts allocBytes).
import { expect, it } from 'vitest';
import { nativeBase64AgreesWithJs } from '../helpers/base64-differential';

it('Chromium has Uint8Array#setFromBase64, and the native path agrees with the JS decoder', () => {
  expect(typeof (Uint8Array.prototype as { setFromBase64?: unknown }).setFromBase64).toBe('function');
  nativeBase64AgreesWithJs();
});
