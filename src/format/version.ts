/**
 * Version of the on-disk index layout. The loader accepts exactly this version and refuses any
 * other with an "incompatible" error: an index is rebuilt, never migrated, since `bahth build`
 * is cheap and runs on every publish.
 */
export const FORMAT_VERSION = 6;
