/** What the readers' warm-up page's code says (a reader that did not read it is not ready). */
export const WARM_UP_TEXT = 'dqc warm-up';
