/**
 * Where to go after signing in. Only paths on this site are followed: a crafted
 * `?redirect=https://evil.example` or `//evil.example` link must not bounce a person off-site.
 */
export function safeRedirect(target: string | undefined): string {
  if (!target?.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) {
    return "/";
  }
  if (target.startsWith("/sign-in")) return "/";
  return target;
}
