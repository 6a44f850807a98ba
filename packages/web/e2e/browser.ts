import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

/** Debian's Chromium; `npx playwright install` cannot download browsers on CI. */
const CHROMIUM = process.env.ORRERY_CHROMIUM ?? "/usr/bin/chromium";

// Quiet, deterministic headless Chromium: no sandbox (CI containers run as root), no GPU, and
// nothing that phones home or updates itself mid-test.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

export interface ContextOptions {
  readonly baseURL: string;
  readonly viewport?: { readonly width: number; readonly height: number };
  readonly colorScheme?: "light" | "dark";
}

/** A fresh browser profile (own cookies and storage): one per simulated person. */
export function newContext(browser: Browser, options: ContextOptions): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: options.baseURL,
    viewport: { ...(options.viewport ?? DESKTOP) },
    colorScheme: options.colorScheme ?? "light",
    reducedMotion: "reduce",
    locale: "en-GB",
    timezoneId: "Europe/Amsterdam",
  });
}

/** Opens the sign-in page and signs in, as a person does. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await submitSignIn(page, email, password);
}

/** Fills and sends the sign-in form already on screen, and waits for the signed-in frame. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel(/^E-mail/).fill(email);
  // Mantine appends an aria-hidden " *" to required labels, so labels are matched by prefix.
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("navigation", { name: "Main" }).waitFor();
}

/** True when the page is wider than the window, i.e. the person would have to scroll sideways. */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}
