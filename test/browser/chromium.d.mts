/** The browser executable to drive (CHROMIUM_PATH, a system Chromium or Chrome, Playwright's download), or null. */
export function findChromium(env?: NodeJS.ProcessEnv): string | null;
/** Why none was found, in one line. */
export function missingChromium(env?: NodeJS.ProcessEnv): string;
export const INSTALL_HINT: string;
