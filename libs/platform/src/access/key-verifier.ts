import type { Scope } from './route-policy';

export interface VerifiedKey {
  id: string;
  scopes: Scope[];
}

/** Checks an API key; provided by the app over the key store. */
export interface KeyVerifier {
  verify(key: string): Promise<VerifiedKey | null>;
}

export const KEY_VERIFIER = Symbol.for('sitrep.KeyVerifier');
