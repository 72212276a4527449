import { useEffect, useState } from 'react';
import { api } from './api/client';

export const App = () => {
  const [status, setStatus] = useState<string>('');
  useEffect(() => {
    void api.workspace.status({}).then((s) => setStatus(JSON.stringify(s)));
  }, []);
  return <pre>{status}</pre>;
};
