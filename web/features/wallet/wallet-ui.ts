// The wallet path's one lazy chunk (PROFILE §8), fetched when a wallet button is pressed: the
// call and its verification (wallet-check.ts, with core/mdoc), the identity result's view and the
// wallet result screen. One chunk, not three: modules the first screen also uses then stay in the
// first screen's file instead of being split into shared chunks (which cost the first screen
// about 2 KB gz more, measured with bench/bundle-size.ts).

export { IdentityResult } from './IdentityResult';
export { WalletResultScreen } from './WalletResultScreen';
export { checkWithWallet, mncResultOf } from './wallet-check';
