import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Every word a host reads comes from messages/<language>/*.json; a sentence typed into JSX is one
    // German hosts would see in English. The simulator's pages stand in for Nuki's and are not Keyhost's.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ignores: ["app/sim/**"],
    rules: {
      "react/jsx-no-literals": ["error", { noStrings: false, ignoreProps: true, allowedStrings: ["Keyhost", "·", "–", "—", ":", "…", "(", ")", "/", "×", "+", "-", "•", ",", ".", "?", "!", "→", "←", "✓", "✕", "&nbsp;", "&middot;", "&ndash;"] }],
    },
  },
  { ignores: [".next/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];
export default config;
