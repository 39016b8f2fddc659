// Prerendered with its content (see +layout.ts): a new client sees Today at once.
export const ssr = true;
