import { pageTitle } from '@/config/paths';

export function Component() {
  return (
    <>
      <title>{pageTitle('Booth mode')}</title>
      <h1 className="text-3xl font-bold">Booth mode</h1>
    </>
  );
}
