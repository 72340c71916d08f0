/**
 * An editable list of strings (trusted accounts, actions, resources): each
 * item is a field (emptying it removes it) with a remove button, and a last
 * field adds an item on Enter or with its button.
 */
import { memo, useState } from 'react';
import { DraftInput } from './DraftInput';
import { CrossIcon, PlusIcon } from './icons';
import { ICON_BUTTON, INPUT } from './styles';

interface Props {
  /** Names the list in accessible names: "<name> 1", "Add to <name>". */
  readonly name: string;
  readonly items: readonly string[];
  readonly onChange: (items: readonly string[]) => void;
  readonly placeholder?: string;
  readonly describedBy?: string;
  readonly disabled?: boolean;
}

export const StringListEditor = memo(function StringListEditor({ name, items, onChange, placeholder, describedBy, disabled }: Props) {
  const [adding, setAdding] = useState('');
  const add = () => {
    const text = adding.trim();
    if (text === '') return;
    onChange([...items, text]);
    setAdding('');
  };
  return (
    <div className="flex flex-col gap-1" role="group" aria-label={name} aria-describedby={describedBy}>
      {items.length > 0 ? (
        <ul className="flex flex-col gap-1">
          {items.map((item, i) => (
            <li key={i} className="flex items-start gap-1">
              <DraftInput
                className="flex-1"
                mono
                label={`${name} ${i + 1}`}
                value={item}
                maxLength={2048}
                onCommit={(text) => onChange(text.trim() === '' ? items.filter((_, j) => j !== i) : items.map((old, j) => (j === i ? text.trim() : old)))}
              />
              <button
                type="button"
                className={ICON_BUTTON}
                aria-label={`Remove ${name} ${i + 1}`}
                title="Remove"
                disabled={disabled}
                onClick={() => onChange(items.filter((_, j) => j !== i))}
              >
                <CrossIcon />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex items-center gap-1">
        <input
          type="text"
          aria-label={`New ${name} item`}
          className={`${INPUT} flex-1 border-dashed font-mono text-[12px]`}
          value={adding}
          placeholder={placeholder ?? 'Add an item'}
          maxLength={2048}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => setAdding(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
              e.preventDefault();
              add();
            } else if (e.key === 'Escape') setAdding('');
          }}
          onBlur={add}
        />
        <button
          type="button"
          className={ICON_BUTTON}
          aria-label={`Add to ${name}`}
          title="Add (Enter)"
          disabled={disabled || adding.trim() === ''}
          onMouseDown={(e) => e.preventDefault()}
          onClick={add}
        >
          <PlusIcon />
        </button>
      </div>
    </div>
  );
});
