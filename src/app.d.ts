// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  /** package.json's version, set at build time. */
  const __APP_VERSION__: string;
  /** A build for `npm run bench` (BENCH=1): timing marks on (src/lib/boot/mark.ts). */
  const __BENCH__: boolean;

  interface Window {
    /** Taps on controls held by app.html's first script until the app is ready. */
    __heldBeforeApp?: (() => void)[];
    /** app.html's first script: whether this phone may hold the client's records. */
    __mayHaveRecords?: boolean;
    /** app.html's first script: Quick exit (hides the page, leaves, and Back cannot return). */
    __quickExit?: (to: string) => void;
    /** app.html's first script: this page is leaving by Quick exit; the app must not start. */
    __leaving?: boolean;
    /** app.html's first script: what was tapped on the welcome splash, in order, for the welcome to do. */
    __splashTaps?: string[];
  }

  namespace App {
    // interface Error {}
    // interface Locals {}
    // interface PageData {}
    // interface PageState {}
    // interface Platform {}
  }
}

export {};
