/**
 * The Copy buttons of "Cite this article". Without this script (or without a clipboard) the
 * buttons stay hidden and the citations remain selectable text. Never builds HTML: it copies the
 * text the page already holds.
 */
const statusLine = document.querySelector<HTMLElement>("[data-copy-status]");
const RESET_MS = 2000;

function announce(button: HTMLButtonElement, text: string): void {
  if (statusLine) statusLine.textContent = text;
  const label = button.firstChild;
  if (!(label instanceof Text)) return;
  label.data = text.startsWith("Copied") ? "Copied" : "Copy";
  setTimeout(() => {
    label.data = "Copy";
  }, RESET_MS);
}

/** Selects the citation's text, so that a reader whose clipboard refused can press Ctrl+C. */
function select(source: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(source);
  getSelection()?.removeAllRanges();
  getSelection()?.addRange(range);
}

if (typeof navigator.clipboard?.writeText === "function") {
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
    const source = document.getElementById(button.dataset["copy"] ?? "");
    if (!source) continue;
    button.hidden = false;
    button.addEventListener("click", () => {
      const label = button.textContent.replace(/^Copy(ed)?\s*/u, "");
      navigator.clipboard.writeText(source.textContent).then(
        () => announce(button, `Copied ${label}`),
        () => {
          select(source);
          announce(button, `Could not copy: the ${label} is selected, press Ctrl+C`);
        },
      );
    });
  }
}
