// ESLint flat config. It lives in .config/ because the project's top level is fixed; `npm run lint`
// passes it with --config. Type-checked rules for TypeScript, the Astro plugin for .astro files,
// and the project's rules: src/lib is pure (no Astro, no DOM) and untrusted text is never HTML.
import path from "node:path";
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import globals from "globals";
import tseslint from "typescript-eslint";

const root = path.resolve(import.meta.dirname, "..");

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      ".astro/**",
      "node_modules/**",
      "src/content/articles/**",
      "tests/bench/.work/**",
      "**/*.staging-*/**",
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: "error" } },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: [".config/*.js"] }, tsconfigRootDir: root },
    },
  },
  ...astro.configs.recommended,
  // Astro components are linted without type information; `astro check` type-checks them.
  // Tried with types: astro-eslint-parser has no projectService (it falls back to a second
  // program), Astro types a template element as `any` (every `.map(() => <li>)` is an unsafe
  // return unless JSX.Element is redeclared as a type it is not), and its virtual code gives some
  // template names other types than astro check does (a `name` prop read as window.name: void).
  // Plain JavaScript is config; the bench's bare baseline is a separate Astro project.
  {
    files: ["**/*.astro", "**/*.js", "**/*.mjs", "tests/bench/bare/**"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Untrusted text is text: build DOM nodes instead." },
        { property: "outerHTML", message: "Untrusted text is text: build DOM nodes instead." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: "Untrusted text is text: build DOM nodes instead.",
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: "Untrusted text is text: build DOM nodes instead.",
        },
      ],
    },
  },
  {
    // Pure logic: the same modules run in the ingest, the build, tests and the browser.
    files: ["src/lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "astro", message: "src/lib is pure: bind it to Astro in src/utils or a page." }],
          patterns: [
            { regex: "^astro:", message: "src/lib is pure: bind it to Astro in src/utils or a page." },
            // astro/zod is only zod, which Astro ships (the schemas use it): allowed.
            {
              regex: "^astro/(?!zod$)",
              message: "src/lib is pure: bind it to Astro in src/utils or a page.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "document", message: "src/lib is pure: DOM code belongs in src/client." },
        { name: "window", message: "src/lib is pure: DOM code belongs in src/client." },
      ],
    },
  },
);
