// A tab that fails to load or crashes shows why, and the other tabs keep working.
import { Component, type ReactNode } from 'react';
import { errorMessage } from '../board/errors.ts';
import { StatusMessage } from './StatusMessage.tsx';

interface Props {
  label: string;
  children?: ReactNode;
}

interface State {
  error: unknown;
  failed: boolean;
}

export class TabErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <StatusMessage kind="error" text={`The ${this.props.label} tab stopped: ${errorMessage(this.state.error)}. Reload the panel to try again.`} />;
  }
}
