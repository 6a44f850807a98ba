/**
 * The Content-Security-Policy for the Vite-built React app. Scripts only from our own origin
 * (Vite emits no inline script). Styles allow 'unsafe-inline': Mantine writes its CSS variables
 * into a <style> tag and sets style attributes at run time, nonces would need server-rendered
 * HTML, and an inline style cannot run code. upgrade-insecure-requests only over https, or
 * plain-http installs would break.
 */
function contentSecurityPolicy(https: boolean): string {
  const directives: Record<string, readonly string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    ...(https ? { "upgrade-insecure-requests": [] } : {}),
  };
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(" "))
    .join(";");
}

/**
 * The security headers of every answer, the set helmet recommends (helmet's defaults with our
 * CSP, no-referrer and, over https only, HSTS), computed once at start. Helmet itself rebuilt
 * them on every request, a noticeable share of a small request's time.
 */
export function securityHeaders(https: boolean): Readonly<Record<string, string>> {
  return {
    "content-security-policy": contentSecurityPolicy(https),
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "origin-agent-cluster": "?1",
    "referrer-policy": "no-referrer",
    ...(https ? { "strict-transport-security": "max-age=15552000; includeSubDomains" } : {}),
    "x-content-type-options": "nosniff",
    "x-dns-prefetch-control": "off",
    "x-download-options": "noopen",
    "x-frame-options": "SAMEORIGIN",
    "x-permitted-cross-domain-policies": "none",
    "x-xss-protection": "0",
  };
}
