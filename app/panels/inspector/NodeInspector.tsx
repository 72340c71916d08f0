/**
 * One node: what it is (icon, type, id), its label, every prop of its type
 * in catalog order, and its notes. Every change is one undo step.
 */
import { memo, useCallback, useId } from 'react';
import { NODE_CATALOG } from '../../../src/catalog/nodeCatalog';
import type { PropSpecs } from '../../../src/catalog/propSpec';
import { nodeProps } from '../../../src/catalog/resolveProps';
import { MAX_LABEL, MAX_NOTES } from '../../../src/format/limits';
import type { DiagramNode, PropValue } from '../../../src/model/types';
import { updateNode } from '../../../src/model/edits';
import { iconUrl } from '../../canvas/icons';
import { applyEdit } from '../../store/editorActions';
import { renameElement, setNodeNotes, setProp } from '../../store/elementActions';
import { DraftInput } from './DraftInput';
import { Editable } from './Editable';
import { differsFromDefault } from './isDefault';
import { PropField } from './PropField';
import { Row, Section } from './Section';
import { HELP, TEXTAREA } from './styles';
import { useDraft } from './useDraft';
import { textAdvice } from './validators';

/** An emptied label is removed, so the node shows its type's name again (as a new node does). */
function clearLabel(id: string): void {
  applyEdit((d) =>
    updateNode(d, id, (n) => {
      if (n.label === undefined) return n;
      const { label: _old, ...rest } = n;
      return rest;
    }),
  );
}

export const NodeInspector = memo(function NodeInspector({ node }: { node: DiagramNode }) {
  const def = NODE_CATALOG[node.type];
  const specs: PropSpecs = def.props;
  const resolved = nodeProps(node) as Readonly<Record<string, unknown>>;
  const labelId = useId();
  const id = node.id;
  const onProp = useCallback((key: string, value: PropValue) => setProp(id, key, value), [id]);
  const onLabel = useCallback((text: string) => (text.trim() === '' ? clearLabel(id) : renameElement(id, text)), [id]);
  const keys = Object.keys(specs);
  const isPublic = node.type === 'subnet' && resolved['public'] === true;

  return (
    <div data-testid="inspector-node" data-node-type={node.type}>
      <header className="flex items-start gap-2.5 px-3 pt-3 pb-2.5">
        <img src={iconUrl(node.type, isPublic ? 'public' : undefined)} alt="" width={32} height={32} className="mt-0.5 h-8 w-8 shrink-0 rounded-sm dark:bg-slate-100 dark:p-0.5" />
        <div className="min-w-0 flex-1">
          <h2 className="truncate text-[13px] leading-tight font-semibold text-slate-900 dark:text-slate-100" data-testid="inspector-type">
            {def.displayName}
          </h2>
          <p
            className="mt-0.5 truncate font-mono text-[11px] text-slate-500 select-all dark:text-slate-400"
            title={`Id: ${node.id} (used in findings, suppressions and the file)`}
            data-testid="inspector-node-id"
          >
            {node.id}
          </p>
        </div>
      </header>
      <p className={`${HELP} px-3 pb-2.5`}>{def.description}</p>

      <Editable>
      <Section title="General">
        <Row label="Label" htmlFor={labelId}>
          <DraftInput id={labelId} value={node.label ?? ''} placeholder={def.displayName} maxLength={MAX_LABEL} onCommit={onLabel} />
        </Row>
      </Section>

      {keys.length > 0 ? (
        <Section title="Properties">
          {keys.map((key) => {
            const spec = specs[key]!;
            const advice = spec.kind === 'text' ? textAdvice(node.type, key) : undefined;
            return (
              <PropField
                key={key}
                propKey={key}
                spec={spec}
                value={resolved[key]}
                changed={differsFromDefault(node.props, key, spec.default)}
                onChange={onProp}
                {...(advice === undefined ? {} : { advice })}
              />
            );
          })}
        </Section>
      ) : null}

      <Section title="Notes">
        <NotesField id={id} notes={node.notes ?? ''} />
      </Section>
      </Editable>
    </div>
  );
});

function NotesField({ id, notes }: { id: string; notes: string }) {
  const commit = useCallback((text: string) => setNodeNotes(id, text), [id]);
  const { draft, setDraft, onBlur, onKeyDown } = useDraft(notes, commit, { commitOnEnter: false });
  return (
    <div className="flex flex-col gap-0.5">
      <textarea
        aria-label="Notes"
        className={TEXTAREA}
        value={draft}
        maxLength={MAX_NOTES}
        rows={3}
        placeholder="Design decisions, owners, open questions…"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
      />
      {draft.length > MAX_NOTES * 0.9 ? (
        <p className={`${HELP} text-right tabular-nums`}>
          {draft.length} / {MAX_NOTES}
        </p>
      ) : null}
    </div>
  );
}
