/**
 * One prop of a node or edge as a labelled row, with the control its
 * PropSpec kind calls for. The catalog decides which props exist and in what
 * order; this file only knows the nine kinds.
 */
import { memo, useId, type ReactNode } from 'react';
import type { AclEntry, PolicyStatement, PropSpec } from '../../../src/catalog/propSpec';
import type { PropValue } from '../../../src/model/types';
import { AclEditor } from './AclEditor';
import { DraftInput } from './DraftInput';
import { IntegerInput } from './IntegerInput';
import { PoliciesEditor } from './PoliciesEditor';
import { Select } from './Select';
import { StringListEditor } from './StringListEditor';
import { Switch } from './Switch';
import { HELP, LABEL } from './styles';
import { cidrProblem, optionalCidrProblem, portsProblem } from './validators';

export interface PropFieldProps {
  readonly propKey: string;
  readonly spec: PropSpec;
  /** The value with defaults applied. */
  readonly value: unknown;
  /** Whether the stored value differs from the catalog default. */
  readonly changed: boolean;
  readonly onChange: (key: string, value: PropValue) => void;
  /** Overrides the spec's placeholder (an edge's effective source CIDR). */
  readonly placeholder?: string;
  /** Empty text is allowed and means "use the default" (a cleared source CIDR). */
  readonly optional?: boolean;
  /** Replaces the spec's help where the context says more (what an empty source CIDR means). */
  readonly help?: string;
  /** A warning about text that is applied anyway (an RDS maintenance window). */
  readonly advice?: (text: string) => string | undefined;
}

const STACKED = new Set<PropSpec['kind']>(['string-list', 'acl', 'policies']);

const asString = (v: unknown): string => (typeof v === 'string' ? v : '');
const asStrings = (v: unknown): readonly string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const asArray = <T,>(v: unknown): readonly T[] => (Array.isArray(v) ? (v as T[]) : []);

export const PropField = memo(function PropField(props: PropFieldProps) {
  const { propKey, spec, value, changed, onChange } = props;
  const id = useId();
  const helpId = useId();
  const help = props.help ?? spec.help;
  const describedBy = help === undefined ? undefined : helpId;
  const set = (v: PropValue) => onChange(propKey, v);

  let control: ReactNode;
  switch (spec.kind) {
    case 'boolean':
      control = <Switch id={id} checked={value === true} onChange={set} describedBy={describedBy} />;
      break;
    case 'integer':
      control = (
        <IntegerInput id={id} spec={spec} value={typeof value === 'number' ? value : spec.default} onCommit={set} describedBy={describedBy} />
      );
      break;
    case 'enum':
      control = <Select id={id} value={asString(value)} options={spec.values} onChange={set} describedBy={describedBy} />;
      break;
    case 'text':
      control = (
        <DraftInput
          id={id}
          value={asString(value)}
          onCommit={set}
          placeholder={props.placeholder ?? spec.placeholder}
          maxLength={500}
          describedBy={describedBy}
          {...(props.advice === undefined ? {} : { advice: props.advice })}
        />
      );
      break;
    case 'cidr':
      control = (
        <DraftInput
          id={id}
          mono
          value={asString(value)}
          onCommit={set}
          problem={props.optional ? optionalCidrProblem : cidrProblem}
          placeholder={props.placeholder ?? '10.0.0.0/16'}
          describedBy={describedBy}
        />
      );
      break;
    case 'ports':
      control = (
        <DraftInput id={id} mono value={asString(value)} onCommit={set} problem={portsProblem} placeholder={props.placeholder ?? '443'} describedBy={describedBy} />
      );
      break;
    case 'string-list':
      control = (
        <StringListEditor
          name={spec.label}
          items={asStrings(value)}
          onChange={(items) => set(items)}
          {...(spec.itemPlaceholder === undefined ? {} : { placeholder: spec.itemPlaceholder })}
          {...(describedBy === undefined ? {} : { describedBy })}
        />
      );
      break;
    case 'acl':
      control = (
        <AclEditor
          name={spec.label}
          entries={asArray<AclEntry>(value)}
          onChange={(entries) => set(entries as unknown as PropValue)}
          {...(describedBy === undefined ? {} : { describedBy })}
        />
      );
      break;
    case 'policies':
      control = (
        <PoliciesEditor
          name={spec.label}
          statements={asArray<PolicyStatement>(value)}
          onChange={(statements) => set(statements as unknown as PropValue)}
          {...(describedBy === undefined ? {} : { describedBy })}
        />
      );
      break;
  }

  const stacked = STACKED.has(spec.kind);
  const marker = changed ? (
    <span className={`absolute ${stacked ? 'top-[0.8125rem]' : 'top-[0.9375rem]'} -left-2.5 h-1.5 w-1.5 rounded-full bg-sky-500`} title="Changed from the default" aria-hidden="true" />
  ) : null;
  // Stacked editors are groups named by their own aria-label; the text above them is a caption, not a <label>.
  const caption = stacked ? (
    <span className={`${LABEL} flex min-h-5 items-center font-medium`}>
      {marker}
      {spec.label}
    </span>
  ) : (
    <label htmlFor={id} className={`${LABEL} flex min-h-7 items-center`} title={help}>
      {marker}
      <span>{spec.label}</span>
    </label>
  );

  return (
    <div className={`relative ${stacked ? 'flex flex-col gap-1 py-1.5' : 'grid grid-cols-[8rem_minmax(0,1fr)] items-start gap-x-2 py-1'}`} data-prop={propKey}>
      {caption}
      {stacked && help !== undefined ? (
        <p id={helpId} className={HELP}>
          {help}
        </p>
      ) : null}
      <div className={spec.kind === 'boolean' ? 'flex min-h-7 items-center' : 'min-w-0'}>{control}</div>
      {!stacked && help !== undefined ? (
        <p id={helpId} className={`${HELP} col-start-2 mt-0.5`}>
          {help}
        </p>
      ) : null}
    </div>
  );
});
