/**
 * A whole-number field with the range AWS accepts shown beside it. A number
 * outside the range is still applied (the format keeps it and the validator
 * reports it), with a warning under the field; text that is not a whole
 * number is not applied.
 */
import { memo, useId } from 'react';
import type { IntegerSpec } from '../../../src/catalog/propSpec';
import { useDraft } from './useDraft';
import { ERROR_TEXT, HELP, INPUT, INPUT_INVALID, INPUT_WARN, WARN_TEXT } from './styles';
import { integerProblem, rangeText } from './validators';

interface Props {
  readonly id?: string;
  readonly spec: Pick<IntegerSpec, 'min' | 'max' | 'unit'>;
  readonly value: number;
  readonly onCommit: (value: number) => void;
  readonly label?: string;
  readonly describedBy?: string;
}

export const IntegerInput = memo(function IntegerInput({ id, spec, value, onCommit, label, describedBy }: Props) {
  const { draft, setDraft, onBlur, onKeyDown } = useDraft(String(value), (text) => onCommit(Number(text.trim())), {
    accept: (text) => integerProblem(text) === undefined,
  });
  const rangeId = useId();
  const messageId = useId();
  const range = rangeText(spec.min, spec.max, spec.unit);
  const error = draft.trim() === '' ? 'Not applied: enter a number.' : integerProblem(draft);
  const n = Number(draft.trim());
  const outside = error === undefined && ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max));
  const warning = outside ? `Outside the range AWS accepts (${range}).` : undefined;
  const message = error ?? warning;
  const described = [describedBy, range === undefined ? undefined : rangeId, message === undefined ? undefined : messageId]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          step={1}
          min={spec.min}
          max={spec.max}
          aria-label={label}
          aria-describedby={described || undefined}
          aria-invalid={error !== undefined}
          className={`${error !== undefined ? INPUT_INVALID : warning !== undefined ? INPUT_WARN : INPUT} w-20 tabular-nums`}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={onBlur}
          onKeyDown={onKeyDown}
        />
        {range !== undefined ? (
          <span id={rangeId} className={`${HELP} whitespace-nowrap`}>
            {range}
          </span>
        ) : null}
      </div>
      {message !== undefined ? (
        <p id={messageId} className={error !== undefined ? ERROR_TEXT : WARN_TEXT}>
          {message}
        </p>
      ) : null}
    </div>
  );
});
