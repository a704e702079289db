import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** The system Chromium used by end-to-end tests (Debian: `apt-get install chromium`). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a quiet, offline-friendly headless run (no first-run UI, no background traffic). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumInstalled(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Launches the system Chromium headless, or returns null when it is not installed. */
export async function launchChromium(): Promise<Browser | null> {
  if (!chromiumInstalled()) return null;
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
