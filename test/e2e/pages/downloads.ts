import { readFile } from 'node:fs/promises';
import type { Locator } from 'playwright-core';

/** A file the browser downloaded: the name it offered and what it holds. */
export interface DownloadedFile {
  name: string;
  text: string;
}

/** Clicks the link and returns the file the browser saves. */
export async function download(link: Locator): Promise<DownloadedFile> {
  const [file] = await Promise.all([link.page().waitForEvent('download'), link.click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}
