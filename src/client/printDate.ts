/**
 * Stamps the print masthead with the day it is printed, just before printing. The build never
 * writes the clock into a page (two builds stay identical), so the date comes from the reader's
 * browser, and only at print time.
 */
import { formatDate } from "../lib/dates.ts";

addEventListener("beforeprint", () => {
  const now = new Date();
  const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  for (const el of document.querySelectorAll<HTMLElement>("[data-printed-on]")) {
    el.textContent = `Printed ${formatDate(iso)}`;
  }
});
