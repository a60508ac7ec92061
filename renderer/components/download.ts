/** Hands a file the core made to the browser as a download: the core never writes it to disk, the person chooses where. */
export function download(content: string, filename: string, mediaType = 'text/plain;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([content], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
