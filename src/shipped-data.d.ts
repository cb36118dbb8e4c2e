/** JSON files under public/data, loaded by src/build/shipped-data-plugin.ts. */
declare module 'shipped-data:*' {
  const data: unknown;
  export default data;
}
