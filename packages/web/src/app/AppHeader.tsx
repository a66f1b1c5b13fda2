import { ConnectionIndicator } from '../connection/ConnectionIndicator.js';
import { Link } from '../ui/Link.js';
import type { Route } from './router.js';

type Props = { route: Route; email: string; onSignOut: () => void };

/** Brand, the two pages, the connection's state and the account. */
export const AppHeader = ({ route, email, onSignOut }: Props) => (
  <header className="app-header">
    <div className="header-row">
      <Link href="/" className="brand" aria-label="FitIQ, today">
        <span className="brand-mark" aria-hidden="true">
          F
        </span>
        <span className="brand-name">FitIQ</span>
      </Link>
      <nav aria-label="Main" className="main-nav">
        <Link href="/" aria-current={route.page === 'day' ? 'page' : undefined}>
          Day
        </Link>
        <Link href="/trends" aria-current={route.page === 'trends' ? 'page' : undefined}>
          Trends
        </Link>
        <Link href="/health" aria-current={route.page === 'health' ? 'page' : undefined}>
          Health
        </Link>
        <Link href="/account" aria-current={route.page === 'account' ? 'page' : undefined}>
          Account
        </Link>
      </nav>
      <ConnectionIndicator />
      <div className="account">
        <span className="account-email" title={email}>
          {email}
        </span>
        <button type="button" className="button ghost small" onClick={onSignOut}>
          Sign out
        </button>
      </div>
    </div>
  </header>
);
