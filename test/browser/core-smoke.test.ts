// Core building blocks in Chromium (vitest browser mode): the strict CBOR decoder, the zlib
// inflater and strict base64 use only web platform APIs, so they must behave as in Node.
import { describe, expect, it } from 'vitest';
import { decodeBase64Strict, fromHex } from '../../core/bytes';
import { CborError, decodeCbor, Tagged } from '../../core/cbor/decode';
import { InflateError, inflateZlib } from '../../core/inflate';

describe('core in the browser', () => {
  it('runs in a browser', () => {
    expect(typeof window).toBe('object');
    expect(typeof crypto.subtle.verify).toBe('function');
  });

  it('decodeCbor: strict rules (PROFILE §6)', () => {
    const value = decodeCbor(fromHex('d282a1016161426869')); // 18([{1: "a"}, h'6869'])
    expect(value).toBeInstanceOf(Tagged);
    const inner = (value as Tagged).value as [Map<number, string>, Uint8Array];
    expect(inner[0].get(1)).toBe('a');
    expect([...inner[1]]).toEqual([0x68, 0x69]);
    expect(() => decodeCbor(fromHex('1817'))).toThrow(CborError); // 23 not in shortest form
    expect(() => decodeCbor(fromHex('f5'))).toThrow(CborError); // true: major type 7
    expect(() => decodeCbor(fromHex('9f00ff'))).toThrow(CborError); // indefinite length
    expect(() => decodeCbor(fromHex('a201000100'))).toThrow(CborError); // duplicate key
    expect(() => decodeCbor(fromHex('0000'))).toThrow(CborError); // trailing byte
  });

  it('inflateZlib: one complete zlib stream, Adler-32 checked (PROFILE §5)', () => {
    const stream = fromHex('789ccb48cdc9c957c84090003a2e067d'); // zlib("hello hello hello")
    expect(new TextDecoder().decode(inflateZlib(stream, 1024))).toBe('hello hello hello');
    const badSum = stream.slice();
    badSum[badSum.length - 1] = (badSum[badSum.length - 1] as number) ^ 1;
    expect(() => inflateZlib(badSum, 1024)).toThrow(InflateError);
    expect(() => inflateZlib(fromHex('789ccb48cdc9c957c84090003a2e067d00'), 1024)).toThrow(InflateError);
    expect(() => inflateZlib(stream, 4)).toThrow(InflateError); // output cap
  });

  it('decodeBase64Strict: one alphabet, correct padding, zero final bits (PROFILE §2)', () => {
    expect([...(decodeBase64Strict('-_8') ?? [])]).toEqual([0xfb, 0xff]);
    expect([...(decodeBase64Strict('+/8=') ?? [])]).toEqual([0xfb, 0xff]);
    expect(decodeBase64Strict('-/8')).toBeNull(); // mixed alphabets
    expect(decodeBase64Strict('-_9')).toBeNull(); // unused bits not zero
    expect(decodeBase64Strict('+/8')).not.toBeNull(); // padding optional
    expect(decodeBase64Strict('+/8==')).toBeNull(); // wrong padding
  });
});
