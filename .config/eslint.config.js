// ESLint flat config. It lives in .config/ because the project's top level is fixed; `npm run lint`
// passes it with --config. Typed rules for TypeScript, the Astro plugin for .astro files.
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import globals from "globals";
import tseslint from "typescript-eslint";

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
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
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
);
