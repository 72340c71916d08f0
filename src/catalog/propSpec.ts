/**
 * How a prop is described in the catalog. The reader validates values with
 * these, the writer omits values equal to `default`, the inspector picks its
 * control from `kind`, and the TypeScript type of each prop is derived from
 * its spec (see `PropValueOf`), so there is one description and no drift.
 */
export interface AclEntry {
  readonly rule: number;
  readonly direction: 'inbound' | 'outbound';
  readonly action: 'allow' | 'deny';
  readonly protocol: 'tcp' | 'udp' | 'icmp' | 'all';
  readonly ports: string;
  readonly cidr: string;
}

export interface PolicyStatement {
  readonly actions: readonly string[];
  readonly resources: readonly string[];
}

interface SpecBase {
  /** Shown in the inspector and the generated format docs. */
  readonly label: string;
  readonly help?: string;
}

export interface BooleanSpec extends SpecBase {
  readonly kind: 'boolean';
  readonly default: boolean;
}
export interface IntegerSpec extends SpecBase {
  readonly kind: 'integer';
  readonly default: number;
  /**
   * The range AWS accepts, shown beside the input. Not enforced by the
   * reader: the format says an out-of-range number loads and the validator
   * reports it.
   */
  readonly min?: number;
  readonly max?: number;
  readonly unit?: string;
}
export interface EnumSpec<V extends string = string> extends SpecBase {
  readonly kind: 'enum';
  readonly values: readonly V[];
  readonly default: V;
}
export interface TextSpec extends SpecBase {
  readonly kind: 'text';
  readonly default: string;
  readonly placeholder?: string;
}
export interface CidrSpec extends SpecBase {
  readonly kind: 'cidr';
  readonly default: string;
}
export interface PortsSpec extends SpecBase {
  readonly kind: 'ports';
  readonly default: string;
}
export interface StringListSpec extends SpecBase {
  readonly kind: 'string-list';
  readonly default: readonly string[];
  readonly itemPlaceholder?: string;
}
export interface AclSpec extends SpecBase {
  readonly kind: 'acl';
  readonly default: readonly AclEntry[];
}
export interface PoliciesSpec extends SpecBase {
  readonly kind: 'policies';
  readonly default: readonly PolicyStatement[];
}

export type PropSpec =
  | BooleanSpec
  | IntegerSpec
  | EnumSpec
  | TextSpec
  | CidrSpec
  | PortsSpec
  | StringListSpec
  | AclSpec
  | PoliciesSpec;

export type PropSpecs = Readonly<Record<string, PropSpec>>;

export type PropValueOf<S> = S extends BooleanSpec
  ? boolean
  : S extends IntegerSpec
    ? number
    : S extends EnumSpec<infer V>
      ? V
      : S extends StringListSpec
        ? readonly string[]
        : S extends AclSpec
          ? readonly AclEntry[]
          : S extends PoliciesSpec
            ? readonly PolicyStatement[]
            : string;

export type ResolvedProps<P extends PropSpecs> = { readonly [K in keyof P]: PropValueOf<P[K]> };

export const bool = (label: string, def: boolean, help?: string): BooleanSpec => ({
  kind: 'boolean',
  label,
  default: def,
  ...(help === undefined ? {} : { help }),
});
export const int = (
  label: string,
  def: number,
  range: { min?: number; max?: number; unit?: string; help?: string } = {},
): IntegerSpec => ({ kind: 'integer', label, default: def, ...range });
export const oneOf = <const V extends string>(label: string, values: readonly V[], def: V, help?: string): EnumSpec<V> => ({
  kind: 'enum',
  label,
  values,
  default: def,
  ...(help === undefined ? {} : { help }),
});
export const text = (label: string, def: string, extra: { placeholder?: string; help?: string } = {}): TextSpec => ({
  kind: 'text',
  label,
  default: def,
  ...extra,
});
export const cidr = (label: string, def: string, help?: string): CidrSpec => ({
  kind: 'cidr',
  label,
  default: def,
  ...(help === undefined ? {} : { help }),
});
export const ports = (label: string, def: string): PortsSpec => ({ kind: 'ports', label, default: def });
export const stringList = (
  label: string,
  def: readonly string[],
  extra: { itemPlaceholder?: string; help?: string } = {},
): StringListSpec => ({ kind: 'string-list', label, default: def, ...extra });
export const acl = (label: string, help?: string): AclSpec => ({
  kind: 'acl',
  label,
  default: [],
  ...(help === undefined ? {} : { help }),
});
export const policies = (label: string, help?: string): PoliciesSpec => ({
  kind: 'policies',
  label,
  default: [],
  ...(help === undefined ? {} : { help }),
});
