// Words for wallet results on screen, from the catalogue (i18n/wallet/): a §8.6 result's headline
// (PROFILE §8.6: "Headlines are §6's", with the wallet codes' texts; MALFORMED_CLAIMS shows
// MALFORMED_MDOC's) and the §8.7 identity line. Pure, so the screens and their tests share it.
import type { IdentityMatch } from '../../../core/mdoc/identity';
import type { MdocReasonCode, WalletReasonCode } from '../../../core/mdoc/reasons';
import type { ReasonCode, Verdict } from '../../../core/reasons';
import type { Catalogue } from '../../../i18n/catalogue';

/** The text of any code a wallet result carries. */
export function walletReason(code: WalletReasonCode, t: Catalogue): string {
  if (code === 'MALFORMED_CLAIMS') return t.wallet.reason.MALFORMED_MDOC;
  return code in t.wallet.reason ? t.wallet.reason[code as MdocReasonCode] : t.reason[code as ReasonCode];
}

/** The headline's two parts: the word, and the first reason in the language's brackets. */
export function walletHeadlineParts(
  verdict: Verdict,
  reasons: readonly WalletReasonCode[],
  t: Catalogue,
): { word: string; reason?: string } {
  const word = t.verdictWord[verdict];
  const first = reasons[0];
  if (verdict === 'valid') return { word };
  return { word, reason: t.wrapReason(first ? walletReason(first, t) : '') };
}

export const walletHeadline = (verdict: Verdict, reasons: readonly WalletReasonCode[], t: Catalogue) => {
  const { word, reason } = walletHeadlineParts(verdict, reasons, t);
  return word + (reason ?? '');
};

/** PROFILE §8.7's line for a match result. */
export function identityText(match: IdentityMatch, t: Catalogue): string {
  const w = t.wallet;
  if (match.result === 'match') return w.identityMatch;
  if (match.result === 'mismatch') {
    const name = match.mismatch?.includes('name') ?? false;
    const birth = match.mismatch?.includes('birthDate') ?? false;
    return name && birth ? w.identityBoth : name ? w.identityName : w.identityBirthDate;
  }
  return w.identityCannotTell(match.reason ? w.identityReason[match.reason] : '');
}

/**
 * The advice under the line (PROFILE §8.7): the 異体字・旧姓 hint first when the name differs, and
 * the check by eye whenever the result is not a match.
 */
export function identityAdvice(match: IdentityMatch, t: Catalogue): string[] {
  if (match.result === 'match') return [];
  const lines = match.mismatch?.includes('name') ? [t.wallet.variantKanji] : [];
  return [...lines, t.wallet.checkByEye];
}
