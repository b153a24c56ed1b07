/**
 * `npm run ingest` (and the build's prebuild): runs scripts/ingest.ts, from its bundle when it can
 * (scripts/ingestBundle.mjs). Arguments and exit code are the ingest's own.
 */
import { ingestEntry } from "./ingestBundle.mjs";

await import(await ingestEntry());
