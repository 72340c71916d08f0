/** docs/format.md: the hand-written template with its tables filled in from the catalog. */
import { EDGE_CATALOG, type EdgeDef } from '../../src/catalog/edgeCatalog';
import { EDGE_KINDS, NODE_TYPES, type NodeType } from '../../src/catalog/kinds';
import { NODE_CATALOG, type NodeDef } from '../../src/catalog/nodeCatalog';
import type { PropSpec, PropSpecs } from '../../src/catalog/propSpec';
import { PNG_TEXT_KEYWORD } from '../../src/export/pngText';
import { MAX_BYTES, MAX_EDGES, MAX_LABEL, MAX_NODES, MAX_NOTES, MAX_TITLE, formatBytes } from '../../src/format/limits';
import { CURRENT_VERSION } from '../../src/model/types';
import { CODEC_VERSION } from '../../src/share/shareLink';

function describeSpec(spec: PropSpec): string {
  switch (spec.kind) {
    case 'boolean':
      return 'true or false';
    case 'integer': {
      const range = spec.min !== undefined || spec.max !== undefined ? ` (AWS accepts ${spec.min ?? '…'} to ${spec.max ?? '…'}${spec.unit ? ` ${spec.unit}` : ''})` : spec.unit ? ` (${spec.unit})` : '';
      return `integer${range}`;
    }
    case 'enum':
      return spec.values.map((v) => `\`${v}\``).join(', ');
    case 'text':
      return 'string';
    case 'cidr':
      return 'IPv4 CIDR';
    case 'ports':
      return 'port, range or `all`';
    case 'string-list':
      return 'list of strings';
    case 'acl':
      return 'list of network ACL entries';
    case 'policies':
      return 'list of policy statements';
  }
}

function propsTable(props: PropSpecs): string {
  const keys = Object.keys(props);
  if (keys.length === 0) return 'No props.';
  const rows = keys.map((k) => {
    const s = props[k]!;
    return `| \`${k}\` | ${describeSpec(s)} | \`${JSON.stringify(s.default)}\` | ${s.label}${s.help ? `. ${s.help}` : ''} |`;
  });
  return ['| prop | values | default | meaning |', '|---|---|---|---|', ...rows].join('\n');
}

function parentTable(): string {
  const rows = NODE_TYPES.map((t) => {
    const parents = (NODE_CATALOG[t] as NodeDef).parents.map((p) => (p === null ? 'none (top level)' : `\`${p}\``));
    return `| \`${t}\` | ${parents.join(' or ')} |`;
  });
  return ['| type | parent allowed |', '|---|---|', ...rows].join('\n');
}

function nodeProps(): string {
  return NODE_TYPES.map((t: NodeType) => {
    const def: NodeDef = NODE_CATALOG[t];
    return `#### \`${t}\`: ${def.displayName}\n\n${def.description} Category: ${def.category}.\n\n${propsTable(def.props)}`;
  }).join('\n\n');
}

function endpoints(types: readonly string[]): string {
  const all = NODE_TYPES.length;
  if (types.length === all) return 'any node';
  if (types.length > all / 2) {
    const missing = NODE_TYPES.filter((t) => !types.includes(t));
    return `any node except ${missing.map((t) => `\`${t}\``).join(', ')}`;
  }
  return types.map((t) => `\`${t}\``).join(', ');
}

function edgeTable(): string {
  const rows = EDGE_KINDS.map((k) => {
    const def: EdgeDef = EDGE_CATALOG[k];
    return `| \`${k}\` | ${def.description} | ${endpoints(def.sources)} | ${endpoints(def.targets)} |`;
  });
  return ['| kind | meaning | source | target |', '|---|---|---|---|', ...rows].join('\n');
}

function edgeProps(): string {
  return EDGE_KINDS.filter((k) => Object.keys(EDGE_CATALOG[k].props).length > 0)
    .map((k) => `Props of \`${k}\` edges:\n\n${propsTable(EDGE_CATALOG[k].props)}`)
    .join('\n\n') + '\n\nOther kinds have no props.';
}

export function renderFormatDoc(template: string): string {
  const values: Record<string, string> = {
    VERSION: String(CURRENT_VERSION),
    CODEC_VERSION: String(CODEC_VERSION),
    PNG_KEYWORD: PNG_TEXT_KEYWORD,
    MAX_TITLE: String(MAX_TITLE),
    MAX_LABEL: String(MAX_LABEL),
    MAX_NOTES: String(MAX_NOTES),
    MAX_NODES: MAX_NODES.toLocaleString('en-US'),
    MAX_EDGES: MAX_EDGES.toLocaleString('en-US'),
    MAX_BYTES: formatBytes(MAX_BYTES),
    PARENT_TABLE: parentTable(),
    NODE_PROPS: nodeProps(),
    EDGE_TABLE: edgeTable(),
    EDGE_PROPS: edgeProps(),
  };
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (_, key: string) => {
    const v = values[key];
    if (v === undefined) throw new Error(`format template names unknown placeholder {{${key}}}`);
    return v;
  });
}
