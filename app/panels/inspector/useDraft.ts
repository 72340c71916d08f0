/**
 * A text field's local draft: typing stays smooth and does not make an undo
 * step per keystroke. The draft is committed on Enter, on blur, and after a
 * pause in typing; only when `accept` says it is valid, so an invalid CIDR
 * or port never reaches the diagram. Escape puts the stored value back.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';

export const COMMIT_DELAY_MS = 600;

export interface DraftOptions {
  /** Whether the text may be committed (default: always). */
  readonly accept?: (text: string) => boolean;
  /** Enter commits (inputs); off for multi-line text. */
  readonly commitOnEnter?: boolean;
}

export interface Draft {
  readonly draft: string;
  readonly setDraft: (text: string) => void;
  readonly onBlur: () => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

export function useDraft(value: string, commit: (text: string) => void, options: DraftOptions = {}): Draft {
  const [draft, setDraftState] = useState(value);
  const latest = useRef({ draft: value, value, commit, accept: options.accept });
  latest.current = { draft, value, commit, accept: options.accept };
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
    const { draft: text, value: stored, commit: apply, accept } = latest.current;
    if (text !== stored && (accept === undefined || accept(text))) apply(text);
  }, []);

  // The stored value changed under us (undo, another control): show it.
  useEffect(() => {
    setDraftState(value);
    latest.current = { ...latest.current, draft: value, value };
  }, [value]);

  // Leaving (selection changed while typing) keeps what was typed.
  useEffect(() => flush, [flush]);

  const setDraft = useCallback(
    (text: string) => {
      setDraftState(text);
      latest.current = { ...latest.current, draft: text };
      if (timer.current !== undefined) clearTimeout(timer.current);
      timer.current = setTimeout(flush, COMMIT_DELAY_MS);
    },
    [flush],
  );

  const commitOnEnter = options.commitOnEnter ?? true;
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.key === 'Enter' && commitOnEnter && !event.nativeEvent.isComposing) {
        event.preventDefault();
        flush();
      } else if (event.key === 'Escape') {
        if (timer.current !== undefined) clearTimeout(timer.current);
        timer.current = undefined;
        setDraftState(latest.current.value);
        latest.current = { ...latest.current, draft: latest.current.value };
        (event.target as HTMLElement).blur();
      }
    },
    [commitOnEnter, flush],
  );

  return { draft, setDraft, onBlur: flush, onKeyDown };
}
