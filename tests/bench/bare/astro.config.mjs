// Bare Astro baseline for the scale benchmark (tests/bench/run.ts): no
// integrations, no styling, default Markdown pipeline.
import { defineConfig } from "astro/config";

export default defineConfig({});
