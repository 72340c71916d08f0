/**
 * One connection: its kind (fixed once drawn), its ends, its label and the
 * props of its kind from the edge catalog. A flow's source CIDR is offered
 * only where it means something (from the Internet or a corporate network),
 * with the address range it falls back to as placeholder.
 */
import { memo, useCallback, useId } from 'react';
import { EDGE_CATALOG, takesSourceCidr } from '../../../src/catalog/edgeCatalog';
import { NODE_CATALOG } from '../../../src/catalog/nodeCatalog';
import type { PropSpecs } from '../../../src/catalog/propSpec';
import { defaultSourceCidr, edgeProps } from '../../../src/catalog/resolveProps';
import { MAX_LABEL } from '../../../src/format/limits';
import { updateEdge } from '../../../src/model/edits';
import type { DiagramEdge, DiagramNode, PropValue } from '../../../src/model/types';
import { iconUrl } from '../../canvas/icons';
import { applyEdit, setSelection } from '../../store/editorActions';
import { useEditor } from '../../store/editorStore';
import { setEdgeLabel, setProp } from '../../store/elementActions';
import { DraftInput } from './DraftInput';
import { Editable } from './Editable';
import { ArrowIcon } from './icons';
import { differsFromDefault } from './isDefault';
import { PropField } from './PropField';
import { Row, Section } from './Section';
import { HELP } from './styles';

const SOURCE_CIDR = 'sourceCidr';

/** Removes a stored edge prop, so its default (which may depend on the source) applies again. */
function clearEdgeProp(id: string, key: string): void {
  applyEdit((d) =>
    updateEdge(d, id, (e) => {
      if (e.props === undefined || !Object.hasOwn(e.props, key)) return e;
      const rest = Object.fromEntries(Object.entries(e.props).filter(([k]) => k !== key));
      const { props: _old, ...withoutProps } = e;
      return Object.keys(rest).length === 0 ? withoutProps : { ...e, props: rest };
    }),
  );
}

function nameOf(node: DiagramNode | undefined, fallbackId: string): string {
  if (node === undefined) return fallbackId;
  return node.label !== undefined && node.label !== '' ? node.label : NODE_CATALOG[node.type].displayName;
}

export const EdgeInspector = memo(function EdgeInspector({ edge }: { edge: DiagramEdge }) {
  const def = EDGE_CATALOG[edge.kind];
  const specs: PropSpecs = def.props;
  const source = useEditor((s) => s.diagram.nodes.find((n) => n.id === edge.source));
  const target = useEditor((s) => s.diagram.nodes.find((n) => n.id === edge.target));
  const resolved = edgeProps(edge) as Readonly<Record<string, unknown>>;
  const labelId = useId();
  const id = edge.id;
  const onProp = useCallback(
    (key: string, value: PropValue) => {
      if (key === SOURCE_CIDR && value === '') clearEdgeProp(id, key);
      else setProp(id, key, value);
    },
    [id],
  );
  const onLabel = useCallback((text: string) => setEdgeLabel(id, text), [id]);
  const keys = Object.keys(specs).filter((key) => key !== SOURCE_CIDR || (source !== undefined && takesSourceCidr(source.type)));

  return (
    <div data-testid="inspector-edge" data-edge-kind={edge.kind}>
      <header className="px-3 pt-3 pb-2.5">
        <h2 className="text-[13px] leading-tight font-semibold text-slate-900 dark:text-slate-100" data-testid="inspector-type">
          {def.displayName}
        </h2>
        <p className="mt-0.5 truncate font-mono text-[11px] text-slate-500 select-all dark:text-slate-400" title={`Id: ${edge.id}`} data-testid="inspector-edge-id">
          {edge.id}
        </p>
        <div className="mt-2.5 flex items-center gap-1.5 text-[13px]" aria-label="Connects">
          <Endpoint node={source} id={edge.source} />
          <span className="shrink-0 text-slate-400" aria-label="to">
            <ArrowIcon />
          </span>
          <Endpoint node={target} id={edge.target} />
        </div>
      </header>
      <p className={`${HELP} px-3 pb-2.5`}>{def.description}</p>

      <Editable>
        <Section title="General">
          <Row label="Label" htmlFor={labelId}>
            <DraftInput id={labelId} value={edge.label ?? ''} placeholder="Optional" maxLength={MAX_LABEL} onCommit={onLabel} />
          </Row>
        </Section>

        {keys.length > 0 ? (
          <Section title={edge.kind === 'network' ? 'Traffic' : 'Properties'}>
            {keys.map((key) => {
              const spec = specs[key]!;
              if (key === SOURCE_CIDR && source !== undefined) {
                const stored = edge.props?.[key];
                const fallback = defaultSourceCidr(source) ?? '';
                return (
                  <PropField
                    key={key}
                    propKey={key}
                    spec={spec}
                    value={typeof stored === 'string' ? stored : ''}
                    changed={typeof stored === 'string'}
                    onChange={onProp}
                    optional
                    placeholder={fallback}
                    help={`Empty uses ${fallback}, the default for ${nameOf(source, edge.source)}.`}
                  />
                );
              }
              return (
                <PropField
                  key={key}
                  propKey={key}
                  spec={spec}
                  value={resolved[key]}
                  changed={differsFromDefault(edge.props, key, spec.default)}
                  onChange={onProp}
                />
              );
            })}
          </Section>
        ) : null}
      </Editable>
    </div>
  );
});

function Endpoint({ node, id }: { node: DiagramNode | undefined; id: string }) {
  const name = nameOf(node, id);
  return (
    <button
      type="button"
      className="flex min-w-0 items-center gap-1.5 rounded px-1 py-0.5 text-left text-slate-800 outline-none hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-sky-500 dark:text-slate-200 dark:hover:bg-slate-800"
      title={`Select ${name}`}
      aria-label={`Select ${name}`}
      onClick={() => setSelection([id])}
    >
      {node !== undefined ? <img src={iconUrl(node.type)} alt="" width={16} height={16} className="h-4 w-4 shrink-0 rounded-sm dark:bg-slate-100 dark:p-px" /> : null}
      <span className="truncate">{name}</span>
    </button>
  );
}
