// Prerendered with its content, as a new client sees it (see +layout.ts).
export const ssr = true;
