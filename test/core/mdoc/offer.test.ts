// canRequest (PROFILE §8.2): a request is offered for a doctype only when an IACA is listed for it.
import { describe, expect, it } from 'vitest';
import { canRequest } from '../../../core/mdoc/offer';
import { DQC, MNC, makeWalletWorld } from './support/world';

describe('canRequest', () => {
  it('follows the listed doctypes', async () => {
    const world = await makeWalletWorld({ entries: (iaca) => [{ cert: iaca.der, docTypes: [MNC] }] });
    expect(canRequest(world.trustList, MNC)).toBe(true);
    expect(canRequest(world.trustList, DQC)).toBe(false);
    expect(canRequest({ ...world.trustList, iacas: [] }, MNC)).toBe(false);
    expect(canRequest(null, MNC)).toBe(false);
  });
});
