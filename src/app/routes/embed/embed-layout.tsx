import { Outlet } from 'react-router';

/** Bare layout for framed pages: no header, navigation or footer. */
export function Component() {
  return (
    <main className="p-3">
      <Outlet />
    </main>
  );
}
