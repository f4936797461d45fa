import { useState } from 'react';
import { useNavigate } from 'react-router';
import { staffRoles } from '../../../../src/core/roles.ts';
import { OWN_DATA_URL, useEraseOwnAccount } from '../../api/privacy.ts';
import type { Me } from '../../api/types.ts';
import { EraseDialog, ErasureFacts } from '../../components/EraseDialog.tsx';

/** What the community's home page says once someone erased their account. */
export const ERASED_FLASH = 'Your account was erased. You are signed out, and it cannot be used again.';

/** Downloading what Hearth holds about oneself, and erasing oneself (staff ask an admin). */
export function DataSection({ me }: { me: Me }) {
  const [erasing, setErasing] = useState(false);
  const isStaff = staffRoles.includes(me.role);
  return (
    <section className="card section" aria-labelledby="your-data" data-testid="data-section">
      <h2 id="your-data" tabIndex={-1}>
        Your data
      </h2>
      <p className="section-intro">
        Everything this community holds about you: your account, what you wrote, your conversations with us
        and what else we know of you, as one JSON file.
      </p>
      <p>
        <a className="button" href={OWN_DATA_URL} download>
          Download your data
        </a>
      </p>
      <h3>Erase your account</h3>
      {isStaff ? (
        <p className="muted">
          Staff accounts are not erased by their owners: an admin removes them, and the work you did stays
          attributed.
        </p>
      ) : (
        <>
          <p>
            Your personal data is deleted and what you wrote stays under “Erased member”. This cannot be
            undone.
          </p>
          <p>
            <button type="button" className="button button-danger-outline" onClick={() => setErasing(true)}>
              Erase your account…
            </button>
          </p>
        </>
      )}
      {erasing ? <EraseOwnAccountDialog onClose={() => setErasing(false)} /> : null}
    </section>
  );
}

function EraseOwnAccountDialog({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  // To the community's home page, at once (so that nothing here sends the person to sign in first).
  const erase = useEraseOwnAccount(() =>
    navigate('/community', { replace: true, flushSync: true, state: { flash: ERASED_FLASH } }),
  );
  return (
    <EraseDialog
      title="Erase your account?"
      description={<ErasureFacts who="you" />}
      confirmLabel="Erase my account"
      mutation={erase}
      testId="erase-account-dialog"
      onClose={onClose}
      onErase={({ confirm }) => erase.mutate({ confirm })}
    />
  );
}
