// The messages between the page and its service worker, in one place so the two sides cannot
// drift (a misspelt name would silently do nothing).
export const SW_MESSAGE = {
  /** page → waiting worker: take over now (the user tapped 「更新する」). */
  skipWaiting: 'SKIP_WAITING',
  /** page → active worker: re-fetch the app shell; answered on the given port. */
  refreshShell: 'REFRESH_SHELL',
  /** worker → page: the shell changed (reload) or not. */
  shellRefreshed: 'SHELL_REFRESHED',
  shellSame: 'SHELL_SAME',
} as const;
