// `cem analyze` reads the JSDoc of the components and writes custom-elements.json, from which
// the README's component reference is generated.
export default {
  globs: ['src/component/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts'],
  litelement: true,
  // package.json names custom-elements.json itself: the analyzer must not rewrite it (tests run it with other outdirs)
  packagejson: false,
};
