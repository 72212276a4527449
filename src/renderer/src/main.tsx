import { StrictMode } from 'react';
import { z } from 'zod';
import { createRoot } from 'react-dom/client';
import { takeTokenFromLocation } from './api/client';
import './i18n';
import './styles.css';
import { App } from './App';

// The CSP forbids eval; zod would otherwise probe `new Function` once and log a violation.
z.config({ jitless: true });
takeTokenFromLocation();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
