/**
 * A subnet's network ACL as an editable table: one two-line row per entry
 * (rule number, direction, action; protocol, ports, CIDR), rows added and
 * removed with buttons. A bad port or CIDR is flagged on its field and not
 * applied, so the diagram only ever holds entries the format accepts.
 */
import { memo } from 'react';
import type { AclEntry } from '../../../src/catalog/propSpec';
import { DraftInput } from './DraftInput';
import { CrossIcon, PlusIcon } from './icons';
import { Select } from './Select';
import { HELP, ICON_BUTTON, TEXT_BUTTON } from './styles';
import { integerProblem } from './validators';
import { isCidr } from '../../../src/model/cidr';
import { isPorts } from '../../../src/model/ports';

// Short, because they sit under narrow cells; the field's title says more.
const badPorts = (text: string) => (isPorts(text) ? undefined : 'Use 443, 80-90 or all');
const badCidr = (text: string) => (isCidr(text) ? undefined : 'Not applied: use a.b.c.d/n');
const badRule = (text: string) => (integerProblem(text) === undefined ? undefined : 'Whole number');

const DIRECTIONS = ['inbound', 'outbound'] as const;
const ACTIONS = ['allow', 'deny'] as const;
const PROTOCOLS = ['tcp', 'udp', 'icmp', 'all'] as const;

interface Props {
  readonly name: string;
  readonly entries: readonly AclEntry[];
  readonly onChange: (entries: readonly AclEntry[]) => void;
  readonly describedBy?: string;
}

/** The next free rule number, in the hundreds as AWS suggests. */
function nextRule(entries: readonly AclEntry[]): number {
  const highest = entries.reduce((max, e) => Math.max(max, e.rule), 0);
  return Math.min(32766, Math.floor(highest / 100) * 100 + 100);
}

export const AclEditor = memo(function AclEditor({ name, entries, onChange, describedBy }: Props) {
  const update = (index: number, patch: Partial<AclEntry>) =>
    onChange(entries.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)));
  const add = () =>
    onChange([...entries, { rule: nextRule(entries), direction: 'inbound', action: 'allow', protocol: 'tcp', ports: '443', cidr: '10.0.0.0/16' }]);
  return (
    <div className="flex flex-col gap-1.5" role="group" aria-label={name} aria-describedby={describedBy}>
      {entries.length === 0 ? <p className={`${HELP} italic`}>No entries: the default ACL allows all traffic.</p> : null}
      {entries.length > 0 ? (
        // Column captions for sighted users; each field also carries its own accessible name.
        <div aria-hidden="true" data-testid="acl-columns" className="flex flex-col gap-0.5 px-2 text-[10px] font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400">
          <div className="flex gap-1">
            <span className="w-14 shrink-0">Rule #</span>
            <span className="flex-1">Direction</span>
            <span className="w-[4.5rem] shrink-0">Action</span>
            <span className="w-6 shrink-0" />
          </div>
          <div className="flex gap-1">
            <span className="w-16 shrink-0">Protocol</span>
            <span className="w-[6.25rem] shrink-0">Ports</span>
            <span className="flex-1">Source / destination</span>
          </div>
        </div>
      ) : null}
      {entries.length > 0 ? (
        <ol className="flex flex-col gap-1.5">
          {entries.map((entry, i) => {
            const n = i + 1;
            const deny = entry.action === 'deny';
            return (
              <li
                key={i}
                aria-label={`Entry ${n}`}
                className={`flex flex-col gap-1 rounded border border-l-2 bg-slate-50/70 p-1.5 dark:bg-slate-800/40 ${
                  deny ? 'border-slate-200 border-l-red-500 dark:border-slate-700 dark:border-l-red-400' : 'border-slate-200 border-l-emerald-500 dark:border-slate-700 dark:border-l-emerald-400'
                }`}
              >
                <div className="flex items-start gap-1">
                  <DraftInput
                    className="w-14 shrink-0"
                    label={`Entry ${n} rule number`}
                    title="Rule number (the lowest matching rule wins)"
                    value={String(entry.rule)}
                    inputMode="numeric"
                    mono
                    compact
                    problem={badRule}
                    onCommit={(text) => update(i, { rule: Number(text.trim()) })}
                  />
                  <Select
                    className="flex-1"
                    compact
                    label={`Entry ${n} direction`}
                    title="Direction"
                    value={entry.direction}
                    options={DIRECTIONS}
                    onChange={(v) => update(i, { direction: v as AclEntry['direction'] })}
                  />
                  <Select
                    className="w-[4.5rem] shrink-0"
                    compact
                    label={`Entry ${n} action`}
                    title="Action"
                    value={entry.action}
                    options={ACTIONS}
                    onChange={(v) => update(i, { action: v as AclEntry['action'] })}
                  />
                  <button
                    type="button"
                    className={ICON_BUTTON}
                    aria-label={`Remove entry ${n}`}
                    title="Remove entry"
                    onClick={() => onChange(entries.filter((_, j) => j !== i))}
                  >
                    <CrossIcon />
                  </button>
                </div>
                <div className="flex items-start gap-1">
                  <Select
                    className="w-16 shrink-0"
                    compact
                    label={`Entry ${n} protocol`}
                    title="Protocol"
                    value={entry.protocol}
                    options={PROTOCOLS}
                    onChange={(v) => update(i, { protocol: v as AclEntry['protocol'] })}
                  />
                  <DraftInput
                    className="w-[6.25rem] shrink-0"
                    label={`Entry ${n} ports`}
                    title="Ports: 443, 1024-65535 or all"
                    placeholder="ports"
                    value={entry.ports}
                    mono
                    compact
                    problem={badPorts}
                    onCommit={(text) => update(i, { ports: text })}
                  />
                  <DraftInput
                    className="flex-1"
                    label={`Entry ${n} CIDR`}
                    title="Source (inbound) or destination (outbound) CIDR"
                    placeholder="CIDR"
                    value={entry.cidr}
                    mono
                    compact
                    problem={badCidr}
                    onCommit={(text) => update(i, { cidr: text })}
                  />
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
      <div>
        <button type="button" className={TEXT_BUTTON} onClick={add} title="Add a network ACL entry">
          <PlusIcon />
          Add entry
        </button>
      </div>
    </div>
  );
});
