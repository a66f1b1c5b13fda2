import { NotificationsSection } from '../push/NotificationsSection.js';
import { DeleteAccountSection, type DeletionEvents } from './DeleteAccountSection.js';
import { ExportSection } from './ExportSection.js';
import { PortionsSection } from './PortionsSection.js';

/** The account: the portions remembered from your corrections, take your data out, or delete it all. */
export const AccountPage = ({ email, deletion }: { email: string; deletion: DeletionEvents }) => (
  <main className="page account-page" id="main">
    <div className="page-head">
      <h1>Account</h1>
      <p className="muted">Signed in as {email}.</p>
    </div>
    <NotificationsSection />
    <PortionsSection />
    <ExportSection />
    <DeleteAccountSection deletion={deletion} />
  </main>
);
