import { Component, Fragment, type ReactNode } from 'react';
import { useI18n } from '../../components/i18n';

// One failed query or render in a tab shows a message with a retry instead of
// blanking the whole panel; the other tabs keep working.

interface Props {
  /** Changing it (another store, another tab) clears the error. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  attempt: number;
  resetKey: string;
}

export class TabErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: Error): void {
    console.warn('side panel tab failed', error);
  }

  private retry = () => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));

  override render() {
    if (this.state.error) return <TabError onRetry={this.retry} />;
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}

function TabError({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" data-testid="tab-error">
      <p>{t('tab.error')}</p>
      <button type="button" onClick={onRetry} data-testid="tab-retry">
        {t('tab.retry')}
      </button>
    </div>
  );
}
