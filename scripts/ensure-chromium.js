// @ts-check
/**
 * Browser tests and the benchmark drive Debian's Chromium (test tools cannot download browsers
 * here). When it is missing and we are root with apt-get, install it; otherwise say how.
 */
import { execSync } from 'node:child_process';

/** @returns {string | null} */
function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return (
      execSync('command -v chromium || command -v chromium-browser', {
        encoding: 'utf8',
        shell: '/bin/sh',
      }).trim() || null
    );
  } catch {
    return null;
  }
}

/** @param {string} name */
function hasCommand(name) {
  try {
    execSync(`command -v ${name}`, { shell: '/bin/sh', stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !hasCommand('apt-get')) {
    console.error(
      'Chromium is needed for the browser tests. Install it (Debian: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
  console.log('Installing Debian chromium for the browser tests…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
    shell: '/bin/sh',
  });
  const installed = findChromium();
  if (!installed) {
    console.error('chromium was installed but is not on PATH.');
    process.exit(1);
  }
  return installed;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? ''))
  console.log(ensureChromium());
