// The key lives in sessionStorage: it survives a reload but not the closing of the tab, and is
// never written to localStorage or a cookie (it is a bearer credential).
const KEY = 'sitrep.apiKey';

export function readApiKey(): string | null {
  return sessionStorage.getItem(KEY);
}

export function saveApiKey(apiKey: string): void {
  sessionStorage.setItem(KEY, apiKey);
}

export function forgetApiKey(): void {
  sessionStorage.removeItem(KEY);
}
