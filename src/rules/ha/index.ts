import type { Rule } from '../types';
import { maintenanceWindow } from './maintenance-window';
import { maintenanceWindowDefault } from './maintenance-window-default';
import { rdsMultiAz } from './rds-multi-az';
import { rdsStandbyAz } from './rds-standby-az';
import { readReplicaEngine } from './read-replica-engine';
import { replicaEngineMatch } from './replica-engine-match';

/** Availability and maintenance, in controls.md order. */
export const HA_RULES: readonly Rule[] = [
  rdsMultiAz,
  rdsStandbyAz,
  readReplicaEngine,
  replicaEngineMatch,
  maintenanceWindow,
  maintenanceWindowDefault,
];
