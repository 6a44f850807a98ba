import type { Page } from "playwright-core";

/** Records a risk on the open RAID page by keyboard alone: title, probability, impact. */
export async function recordRisk(page: Page, title: string, probability: number, impact: number) {
  await page.getByRole("button", { name: "Record risk" }).first().focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "New risk" });
  await dialog.waitFor();
  // The title has focus when the dialog opens.
  await page.keyboard.type(title);
  await dialog.getByRole("textbox", { name: /^Probability/ }).focus();
  await page.keyboard.type(String(probability));
  await dialog.getByRole("textbox", { name: /^Impact/ }).focus();
  await page.keyboard.type(String(impact));
  await page.keyboard.press("Enter");
  await dialog.waitFor({ state: "detached" });
}
