import { useState } from 'preact/hooks';
import { createApiClient, describeError } from '../api/api-client';

/**
 * The key prompt. The key is tried on a read-scope endpoint before it is kept, so a typo is
 * caught here rather than as a broken dashboard.
 */
export function SignIn({ message, onSignedIn }: { message: string | null; onSignedIn: (apiKey: string) => void }) {
  const [apiKey, setApiKey] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const key = apiKey.trim();
    if (key === '') {
      setProblem('Paste an API key first.');
      return;
    }
    setChecking(true);
    setProblem(null);
    try {
      await createApiClient(key, () => undefined).get('/v1/places/admin1');
      onSignedIn(key);
    } catch (error) {
      setProblem(`That key did not work: ${describeError(error)}`);
    } finally {
      setChecking(false);
    }
  }

  return (
    <main class="sign-in">
      <form class="sign-in-card" onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sitrep</h1>
        <p>
          Paste an API key with the <strong>read</strong> scope. Alert rules and backtests need a key with the <strong>admin</strong> scope.
        </p>
        {message !== null && (
          <p class="status status-error" role="alert">
            {message}
          </p>
        )}
        <label for="api-key">API key</label>
        <input
          id="api-key"
          name="api-key"
          type="password"
          autoComplete="off"
          spellcheck={false}
          placeholder="sk_…"
          value={apiKey}
          onInput={(event) => setApiKey(event.currentTarget.value)}
          autoFocus
        />
        {problem !== null && (
          <p class="status status-error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" class="button-primary" disabled={checking}>
          {checking ? 'Checking…' : 'Sign in'}
        </button>
        <p class="hint">
          The key is kept in this tab only (sessionStorage) and sent as <code>Authorization: Bearer</code>. <code>npm start</code> prints a generated key
          the first time; <code>sitrep keygen</code> makes more.
        </p>
      </form>
    </main>
  );
}
