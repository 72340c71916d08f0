/**
 * A single-line text field backed by `useDraft`: commits on Enter, blur or a
 * pause in typing. With `problem`, text the diagram cannot hold (a bad CIDR)
 * is flagged inline and never committed; with `advice`, text it can hold but
 * the validator will complain about is flagged and still committed.
 */
import { memo, useId } from 'react';
import { useDraft } from './useDraft';
import { ERROR_TEXT, INPUT, INPUT_INVALID, INPUT_WARN, WARN_TEXT } from './styles';

export interface DraftInputProps {
  readonly value: string;
  readonly onCommit: (text: string) => void;
  /** Why the text cannot be applied, or undefined when it can. */
  readonly problem?: (text: string) => string | undefined;
  /** A warning about text that is applied anyway. */
  readonly advice?: (text: string) => string | undefined;
  readonly id?: string;
  readonly label?: string;
  readonly describedBy?: string;
  readonly placeholder?: string;
  readonly maxLength?: number;
  readonly className?: string;
  readonly mono?: boolean;
  readonly inputMode?: 'text' | 'numeric';
  readonly title?: string;
  /** Tighter padding and 12px text, for table cells. */
  readonly compact?: boolean;
}

export const DraftInput = memo(function DraftInput(props: DraftInputProps) {
  const { value, onCommit, problem, advice } = props;
  const { draft, setDraft, onBlur, onKeyDown } = useDraft(value, onCommit, {
    ...(problem === undefined ? {} : { accept: (text: string) => problem(text) === undefined }),
  });
  const messageId = useId();
  const error = problem?.(draft);
  const warning = error === undefined ? advice?.(draft) : undefined;
  const message = error ?? warning;
  const describedBy = [props.describedBy, message === undefined ? undefined : messageId].filter(Boolean).join(' ') || undefined;
  const look = error !== undefined ? INPUT_INVALID : warning !== undefined ? INPUT_WARN : INPUT;
  return (
    <div className={`flex min-w-0 flex-col gap-0.5 ${props.className ?? 'w-full'}`}>
      <input
        id={props.id}
        type="text"
        aria-label={props.label}
        aria-describedby={describedBy}
        aria-invalid={error !== undefined}
        title={props.title}
        className={`${look} w-full ${props.mono ? 'font-mono text-[12px]' : ''} ${props.compact ? 'px-1.5 text-[12px]' : ''}`}
        value={draft}
        placeholder={props.placeholder}
        maxLength={props.maxLength}
        inputMode={props.inputMode}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
      />
      {message !== undefined ? (
        <p id={messageId} className={error !== undefined ? ERROR_TEXT : WARN_TEXT} role={error !== undefined ? 'alert' : undefined}>
          {message}
        </p>
      ) : null}
    </div>
  );
});
