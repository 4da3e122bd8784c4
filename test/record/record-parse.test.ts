// Reading a record's JSON as untrusted input: over 2 MiB, not UTF-8, not JSON, another `record`
// version, or a member of the wrong shape each give a named problem, never a throw.
import { describe, expect, it } from 'vitest';
import { verify } from '../../core/verify';
import { MAX_RECORD_JSON_BYTES, makeRecordJson } from '../../record/record-json';
import { parseRecordJson } from '../../record/record-parse';
import { context, issueUrl, makeWorld, NOW } from '../helpers/world';
import { APP, jsonBytes } from './support/records';

const world = await makeWorld();
const good = makeRecordJson({
  checkedAt: NOW,
  result: await verify(await issueUrl(world), context(world)),
  evidence: { credential: 'https://dqcv.example.jp/w/?c=AA', trustList: 'AAEC' },
  app: APP,
});
const problemOf = (value: unknown) => {
  const r = parseRecordJson(typeof value === 'string' ? new TextEncoder().encode(value) : jsonBytes(value));
  return r.ok ? 'ok' : r.problem;
};
const change = (edit: (j: Record<string, unknown>) => void) => {
  const j = structuredClone(good) as unknown as Record<string, unknown>;
  edit(j);
  return problemOf(j);
};

describe('parseRecordJson', () => {
  it('reads a record made by makeRecordJson back as it was', () => {
    const r = parseRecordJson(jsonBytes(good));
    expect(r).toEqual({ ok: true, json: good });
  });

  it('refuses more than 2 MiB before parsing', () => {
    const big = new Uint8Array(MAX_RECORD_JSON_BYTES + 1).fill(0x20);
    expect(parseRecordJson(big)).toEqual({ ok: false, problem: expect.stringContaining('大きすぎます') });
  });

  it('names text that is not UTF-8 or not JSON', () => {
    expect(parseRecordJson(Uint8Array.of(0x7b, 0xff, 0x7d))).toEqual({
      ok: false,
      problem: expect.stringContaining('JSON として読めません'),
    });
    expect(problemOf('{"record": 1,')).toContain('JSON として読めません');
    expect(problemOf('[1]')).toContain('オブジェクトではありません');
  });

  it('does not guess at another version', () => {
    expect(change((j) => (j.record = 2))).toContain('版（record: 2）に対応していません');
    expect(change((j) => (j.record = '1'))).toContain('に対応していません');
    expect(change((j) => delete j.record)).toContain('record がありません');
  });

  it.each([
    ['checkedAt', (j: Record<string, unknown>) => (j.checkedAt = '2026-09-21 14:13:20')],
    [
      'result.verdict',
      (j: Record<string, unknown>) => ((j.result as Record<string, unknown>).verdict = 'ok'),
    ],
    [
      'result.reasons',
      (j: Record<string, unknown>) => ((j.result as Record<string, unknown>).reasons = ['NOPE']),
    ],
    ['result.checks', (j: Record<string, unknown>) => (j.result as { checks: unknown[] }).checks.pop()],
    ['evidence', (j: Record<string, unknown>) => ((j.evidence as Record<string, unknown>).trustList = 'a+b')],
    ['app', (j: Record<string, unknown>) => delete j.app],
    ['operator.note', (j: Record<string, unknown>) => (j.operator = { note: 'あ'.repeat(201) })],
    ['minimal', (j: Record<string, unknown>) => (j.minimal = false)],
  ])('names a malformed %s', (what, edit) => {
    expect(change(edit)).toContain(`（${what}）`);
  });
});
