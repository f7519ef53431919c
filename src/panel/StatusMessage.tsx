// One line telling the person what happened. Errors interrupt a screen reader
// (role=alert); info and success wait their turn (role=status).
export type StatusKind = 'info' | 'success' | 'error';

export interface StatusMessageProps {
  kind: StatusKind;
  text: string;
}

export function StatusMessage({ kind, text }: StatusMessageProps) {
  return (
    <p className={`jm-status jm-status-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {text}
    </p>
  );
}
