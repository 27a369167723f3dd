/** Keeps a blob alive until the browser has started the download the click asked for. */
const REVOKE_AFTER_MS = 10_000;

/** Saves `text` as a file named `file` through the browser's download (a blob link, clicked once). */
export function downloadText(file: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
