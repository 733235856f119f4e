// The package's own package.json (beside dist/ when installed, at the repository root when
// run from source): the version for --version and SARIF's tool.driver.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface PackageInfo {
  version: string;
  /** The project's home page (package.json `homepage`, else its repository). */
  homepage?: string;
}

let cached: PackageInfo | undefined;

export function packageInfo(): PackageInfo {
  cached ??= readPackageInfo();
  return cached;
}

function readPackageInfo(): PackageInfo {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as {
          name?: string;
          version?: string;
          homepage?: string;
          repository?: string | { url?: string };
        };
        if (pkg.name === 'copydesk' && pkg.version) {
          const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
          return { version: pkg.version, homepage: pkg.homepage ?? repository };
        }
      } catch {
        // An unreadable package.json further up is not ours; keep looking.
      }
    }
    if (dirname(dir) === dir) return { version: 'unknown' };
  }
}
