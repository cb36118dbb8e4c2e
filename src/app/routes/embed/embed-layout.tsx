import { Outlet } from 'react-router';

/**
 * Bare layout for framed pages in the SPA (used by `vite` dev): no header,
 * navigation or footer. Production serves the pre-rendered embed instead.
 */
export function Component() {
  return <Outlet />;
}
