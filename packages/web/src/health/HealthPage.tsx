import { BrowserDiagnostics } from './BrowserDiagnostics.js';
import { ServerHealth } from './ServerHealth.js';

/** The connection health dashboard: the server's delivery metrics and this browser's own. */
export const HealthPage = () => (
  <main className="page health-page" id="main">
    <div className="page-head">
      <h1>Connection health</h1>
      <p className="muted">How real-time delivery is doing, as the server and this browser see it.</p>
    </div>
    <ServerHealth />
    <BrowserDiagnostics />
  </main>
);
