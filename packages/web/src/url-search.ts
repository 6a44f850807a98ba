/**
 * The app's URL search parameters are plain strings (`?status=active,on_hold&q=2027`). TanStack
 * Router's default writes JSON (`?archived=%22true%22`) and reads `q=2027` as a number; these keep
 * shared links readable and give each route's schema the text the person typed.
 */
export function parsePlainSearch(search: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(search));
}

export function stringifyPlainSearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === "") continue;
    params.set(name, typeof value === "string" ? value : JSON.stringify(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
