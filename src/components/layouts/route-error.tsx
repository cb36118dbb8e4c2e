import {
  isRouteErrorResponse,
  Link,
  useLocation,
  useNavigate,
  useNavigation,
  useRouteError,
} from 'react-router';

import { pageTitle } from '@/config/paths';
import { useAppReady } from '@/hooks/use-app-ready';

import { ErrorNotice } from '../ui/error-notice';

/**
 * Per-route error boundary: a crash in one page leaves the header, footer
 * and every other page working.
 */
export function RouteError() {
  useAppReady();
  const error = useRouteError();
  const navigate = useNavigate();
  const location = useLocation();
  const navigation = useNavigation();
  // Navigating to the same URL gives the route a new location: React Router
  // then resets its error boundary and runs its loader again.
  const retry = () =>
    void navigate(`${location.pathname}${location.search}${location.hash}`, {
      replace: true,
    });
  const message = isRouteErrorResponse(error)
    ? new Error(`${error.status} ${error.statusText}`)
    : error;
  return (
    <section
      aria-labelledby="route-error-title"
      className="mx-auto max-w-2xl py-8"
    >
      <title>{pageTitle('Error')}</title>
      <h1 id="route-error-title" className="mb-4 text-2xl font-semibold">
        This page could not be shown
      </h1>
      <ErrorNotice
        error={message}
        onRetry={retry}
        retrying={navigation.state === 'loading'}
      />
      <p className="mt-6">
        <Link to="/" className="underline">
          Back to the overview
        </Link>
      </p>
    </section>
  );
}
