/** JSON files under public/data, loaded by src/build/shipped-data-plugin.ts. */
declare module 'shipped-data:*' {
  const data: unknown;
  export default data;
}

/** A folder under public/data: each JSON file's name → a lazy import of it. */
declare module 'shipped-data-dir:*' {
  const files: Record<string, () => Promise<{ default: unknown }>>;
  export default files;
}
