// `cem analyze` reads the JSDoc of the components and writes custom-elements.json, from which
// the README's component reference is generated.
export default {
  globs: ['src/component/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts'],
  litelement: true,
  // package.json names custom-elements.json itself: the analyzer must not rewrite it (tests run it with other outdirs)
  packagejson: false,
  plugins: [privateStateIsNoAttribute()],
};

/**
 * The component declares its reactive properties in `static properties` (no decorators, fewer
 * bytes), where internal state is `{ state: true }`. The analyzer reads every entry there as an
 * attribute; this drops those of private fields, which have no attribute.
 */
function privateStateIsNoAttribute() {
  return {
    name: 'private-state-is-no-attribute',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        const internal = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name));
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !internal.has(a.fieldName));
        for (const member of declaration.members ?? []) if (internal.has(member.name)) delete member.attribute;
      }
    },
  };
}
