import { useEffect, useState } from 'preact/hooks';

/**
 * Where the People page is, in its own URL (people.html?user=…, ?view=add, ?import=…), so Back
 * works, a link opens a person directly and a browser restart lands where the admin was.
 */
export type PeopleRoute = { view: 'list' } | { view: 'person'; userId: string } | { view: 'add' } | { view: 'import'; importId: string };

export function routeOf(search: string): PeopleRoute {
  const params = new URLSearchParams(search);
  const user = params.get('user');
  const importId = params.get('import');
  if (user) return { view: 'person', userId: user };
  if (importId) return { view: 'import', importId };
  if (params.get('view') === 'add') return { view: 'add' };
  return { view: 'list' };
}

export function searchOf(route: PeopleRoute): string {
  switch (route.view) {
    case 'list': return '';
    case 'person': return `?user=${encodeURIComponent(route.userId)}`;
    case 'add': return '?view=add';
    case 'import': return `?import=${encodeURIComponent(route.importId)}`;
  }
}

export function useRoute(): [PeopleRoute, (route: PeopleRoute) => void] {
  const [route, setRoute] = useState<PeopleRoute>(() => routeOf(location.search));
  useEffect(() => {
    const onPop = () => setRoute(routeOf(location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const go = (next: PeopleRoute) => {
    history.pushState(null, '', `${location.pathname}${searchOf(next)}`);
    setRoute(next);
    window.scrollTo(0, 0);
  };
  return [route, go];
}
