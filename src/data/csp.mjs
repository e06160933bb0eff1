// The Content-Security-Policy of every page: nothing from another host, no inline script
// without its hash (Astro adds the hashes of what it bundles), WebAssembly for Pagefind only.
// Shared by astro.config.mjs (the meta tag) and the build's public/_headers (for hosts that read it).
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];
export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];
