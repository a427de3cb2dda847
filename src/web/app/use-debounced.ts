/** A value that follows another after a pause, so typing in a search box does not send a request per key. */
import { useEffect, useState } from 'react';

/** `value`, updated `ms` after it last changed. */
export function useDebounced<T>(value: T, ms = 250): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}
