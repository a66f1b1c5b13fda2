import { DeleteAccountSection } from './DeleteAccountSection.js';
import { ExportSection } from './ExportSection.js';

/** The account: take your data out, or delete it all. */
export const AccountPage = ({ email, onDeleted }: { email: string; onDeleted: () => void }) => (
  <main className="page account-page" id="main">
    <div className="page-head">
      <h1>Account</h1>
      <p className="muted">Signed in as {email}.</p>
    </div>
    <ExportSection />
    <DeleteAccountSection onDeleted={onDeleted} />
  </main>
);
