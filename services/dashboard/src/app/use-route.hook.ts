import { useEffect, useState } from 'preact/hooks';
import { formatRoute, parseRoute, type Route } from './route';

/**
 * The route lives in the address's hash, so Back works, a reload keeps the view and a link can be
 * shared (without the API key, which stays in sessionStorage). Filter edits replace the history
 * entry; tab changes and opened incidents add one.
 */
export function useRoute(): [Route, (next: Route, mode?: 'push' | 'replace') => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const navigate = (next: Route, mode: 'push' | 'replace' = 'push') => {
    const hash = formatRoute(next);
    if (hash !== location.hash) {
      if (mode === 'push') history.pushState(null, '', hash);
      else history.replaceState(null, '', hash);
    }
    setRoute(next);
  };
  return [route, navigate];
}
