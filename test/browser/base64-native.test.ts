// In Chromium the strict base64 decoder's native path is Uint8Array.fromBase64.
import { expect, it } from 'vitest';
import { nativeBase64AgreesWithJs } from '../helpers/base64-differential';

it('Chromium has Uint8Array.fromBase64, and the native path agrees with the JS decoder', () => {
  expect(typeof (Uint8Array as { fromBase64?: unknown }).fromBase64).toBe('function');
  nativeBase64AgreesWithJs();
});
