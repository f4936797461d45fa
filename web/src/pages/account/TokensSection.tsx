import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useApiTokens, useCreateApiToken, useRevokeApiToken } from '../../api/account.ts';
import type { ApiToken, TokenScope } from '../../api/types.ts';
import { Badge, CopyField, Time } from '../../components/Bits.tsx';
import { ActionsCell, DataTable, RevokeButton } from '../../components/DataTable.tsx';
import { ConfirmMutationDialog } from '../../components/Dialog.tsx';
import { RadioGroup, TextField } from '../../components/Field.tsx';
import { fieldError, focusFirstInvalid, FormError, Loading, QueryError } from '../../components/Feedback.tsx';

const SCOPE_OPTIONS = [
  { value: 'read', label: 'Read', description: 'Can read data through the API, not change it.' },
  { value: 'write', label: 'Write', description: 'Can read and change data, as you could.' },
] as const;

interface CreatedToken {
  token: ApiToken;
  secret: string;
}

function NewTokenSecret({ created, onDone }: { created: CreatedToken; onDone: () => void }) {
  return (
    <section className="secret-panel" aria-labelledby="new-token-title" data-testid="new-token-panel">
      <h3 id="new-token-title">Your new token “{created.token.name}”</h3>
      <p className="secret-warning">
        <strong>Copy it now.</strong> For your security this token will not be shown again. If you lose it,
        revoke it and create a new one.
      </p>
      <CopyField label="Token secret" value={created.secret} testId="new-token-secret" autoSelect />
      <button type="button" className="button" onClick={onDone}>
        I have copied it
      </button>
    </section>
  );
}

export function TokensSection() {
  const tokens = useApiTokens();
  const create = useCreateApiToken();
  const revoke = useRevokeApiToken();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('read');
  const [clientError, setClientError] = useState<string | undefined>();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [toRevoke, setToRevoke] = useState<ApiToken | null>(null);
  const nameFieldWrap = useRef<HTMLDivElement>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name.trim() === '') {
      setClientError('Give the token a name, e.g. the script or service that will use it.');
      create.reset();
      focusFirstInvalid(event.currentTarget);
      return;
    }
    setClientError(undefined);
    create.mutate(
      { name: name.trim(), scope },
      {
        onSuccess: (result) => {
          setCreated(result);
          setName('');
          setScope('read');
        },
      },
    );
  }

  const items = tokens.data ?? [];

  return (
    <section className="card section" aria-labelledby="api-tokens" data-testid="tokens-section">
      <h2 id="api-tokens" tabIndex={-1}>
        API tokens
      </h2>
      <p className="section-intro">
        Tokens let scripts and other tools use the Hearth API as you. Send one in the{' '}
        <code>Authorization: Bearer …</code> header.
      </p>

      {created ? (
        <NewTokenSecret
          created={created}
          onDone={() => {
            setCreated(null);
            nameFieldWrap.current?.querySelector('input')?.focus();
          }}
        />
      ) : null}

      <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="create-token-title">
        <h3 id="create-token-title">Create a token</h3>
        <FormError error={create.error} knownFields={['name', 'scope']} />
        <div ref={nameFieldWrap}>
          <TextField
            label="Token name"
            name="tokenName"
            autoComplete="off"
            required
            maxLength={100}
            hint="What will use it, e.g. “Nightly export”."
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={fieldError(create.error, 'name', clientError)}
          />
        </div>
        <RadioGroup
          legend="Scope"
          name="tokenScope"
          value={scope}
          options={SCOPE_OPTIONS}
          onChange={setScope}
          error={fieldError(create.error, 'scope')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            Create token
          </button>
        </div>
      </form>

      <h3>Your tokens</h3>
      {tokens.isPending ? <Loading label="Loading tokens…" /> : null}
      {tokens.isError ? <QueryError error={tokens.error} onRetry={() => void tokens.refetch()} /> : null}
      {tokens.isSuccess && items.length === 0 ? <p className="muted">You have no API tokens.</p> : null}
      {items.length > 0 ? (
        <DataTable
          caption="API tokens"
          columns={['Name', 'Scope', 'Prefix', 'Created', 'Last used']}
          actions
          testId="tokens-table"
        >
          {items.map((token) => (
            <tr key={token.id} data-testid="token-row">
              <td data-label="Name">{token.name}</td>
              <td data-label="Scope">
                <Badge tone={token.scope === 'write' ? 'warning' : 'neutral'}>
                  {token.scope === 'write' ? 'Write' : 'Read'}
                </Badge>
              </td>
              <td data-label="Prefix">
                <code>{token.prefix}…</code>
              </td>
              <td data-label="Created">
                <Time iso={token.createdAt} />
              </td>
              <td data-label="Last used">
                {token.lastUsedAt ? <Time iso={token.lastUsedAt} relative /> : 'Never'}
              </td>
              <ActionsCell>
                <RevokeButton label={`Revoke token ${token.name}`} onClick={() => setToRevoke(token)} />
              </ActionsCell>
            </tr>
          ))}
        </DataTable>
      ) : null}

      {toRevoke ? (
        <ConfirmMutationDialog
          target={toRevoke}
          mutation={revoke}
          onClose={() => setToRevoke(null)}
          title={`Revoke the token “${toRevoke.name}”?`}
          description="Anything that uses this token will stop working immediately. This cannot be undone."
          confirmLabel="Yes, revoke token"
          danger
          testId="revoke-token-dialog"
          fallbackFocus={() => document.getElementById('api-tokens')}
        />
      ) : null}
    </section>
  );
}
