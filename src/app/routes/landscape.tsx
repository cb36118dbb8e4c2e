import { pageTitle } from '@/config/paths';

export function Component() {
  return (
    <>
      <title>{pageTitle('Observability landscape')}</title>
      <h1 className="text-3xl font-bold">Observability landscape</h1>
    </>
  );
}
