/** Saves text as a file through a temporary link (the browser's normal download). */
export function downloadText(content: string, fileName: string, mime: string): void {
  downloadUrl(URL.createObjectURL(new Blob([content], { type: mime })), fileName, true);
}

export function downloadUrl(url: string, fileName: string, revoke = false): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  if (revoke) setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const downloadCsv = (content: string, fileName: string): void => downloadText(content, fileName, 'text/csv;charset=utf-8');
