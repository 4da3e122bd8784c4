/**
 * What the decoder's warm-up code says: a certificate URL's shape and a small certificate's length
 * (PROFILE: 500–2,300 bytes), so the code is as dense as the codes the camera will see.
 */
export const WARM_UP_CODE_TEXT = `https://dqcv.nqs.go.jp/w/?c=${'dqc-warm-up-'.repeat(48)}`;
