// The local demo page (demo.html): the panel over an in-memory board, no Miro needed.
import '../panel/mirotone.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DemoApp } from '../demo/DemoApp.tsx';
import { demoOptions } from '../demo/options.ts';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DemoApp options={demoOptions(location.search)} />
    </StrictMode>,
  );
}
