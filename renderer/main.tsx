import { StrictMode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { queryClient } from './api/query-client';
import { App } from './App';
import { connectEvents } from './store';
import './styles/tokens.css';
import './styles/base.css';
import './styles/fonts.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

connectEvents();
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
