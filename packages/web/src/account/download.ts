/** Hands a JSON document to the browser as a file download. */
export const downloadJson = (filename: string, value: unknown): void => {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the object URL can go once this task is over.
  setTimeout(() => URL.revokeObjectURL(url), 0);
};
