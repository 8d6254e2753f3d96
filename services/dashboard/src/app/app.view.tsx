import { useMemo, useState } from 'preact/hooks';
import { createApiClient } from '../api/api-client';
import { forgetApiKey, readApiKey, saveApiKey } from '../api/api-key.store';
import { SignIn } from '../sign-in/sign-in.view';
import { ApiContext } from './api-context';
import { Dashboard } from './dashboard.view';

/** Signed out: the key prompt. Signed in: the dashboard, until a 401 or "Sign out" forgets the key. */
export function App() {
  const [apiKey, setApiKey] = useState<string | null>(() => readApiKey());
  const [message, setMessage] = useState<string | null>(null);

  const signOut = (reason: string | null) => {
    forgetApiKey();
    setMessage(reason);
    setApiKey(null);
  };
  const client = useMemo(() => (apiKey === null ? null : createApiClient(apiKey, (reason) => signOut(reason))), [apiKey]);

  if (client === null) {
    return (
      <SignIn
        message={message}
        onSignedIn={(key) => {
          saveApiKey(key);
          setMessage(null);
          setApiKey(key);
        }}
      />
    );
  }
  return (
    <ApiContext.Provider value={client}>
      <Dashboard onSignOut={() => signOut(null)} />
    </ApiContext.Provider>
  );
}
