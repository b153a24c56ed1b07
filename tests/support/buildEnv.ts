/**
 * The environment for a child `astro build` started from a test: this process's, less what
 * vitest puts there for its own Vite (BASE_URL=/, MODE/NODE_ENV=test, DEV, PROD, SSR, VITEST*),
 * which would leak into Astro's Vite and build a different site (base "/", development mode,
 * no CSP meta).
 */
export function buildEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (
      ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV", "TEST"].includes(key) ||
      key.startsWith("VITEST")
    ) {
      delete env[key];
    }
  }
  return { ...env, ...extra };
}
